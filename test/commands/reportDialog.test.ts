/** @jest-environment jsdom */
/**
 * The ribbon report's journey to the dialog: encoded into the URL's query within its budget (long lists cut,
 * the rest counted), decoded back from the address as Office opens it (with its _host_Info appended), rejected
 * when garbled, and rendered as text — workbook text never as HTML.
 */
import { TextDecoder, TextEncoder } from 'node:util';
import { reportForFailure, reportForOutcome, type RibbonReport } from '../../src/commands/report';
import { PAYLOAD_BUDGET, decodeReport, encodeReport, reportFromSearch } from '../../src/commands/reportPayload';
import { asOfficeOpensIt } from './officeDialogUrl';
import { dialogUrl } from '../../src/commands/reportDialog';
import { renderReport } from '../../src/commands/dialog';
import { problem } from '../../src/core/problems';

// jsdom lacks the encoding classes Office's webviews have.
Object.assign(globalThis, { TextEncoder, TextDecoder });

const PAGE = 'https://addins.example.org/window-bulletin/commands.html';

function errorsReport(count: number): RibbonReport {
  const problems = Array.from({ length: count }, (_, i) => problem('NOT_A_NUMBER', 'error', `「考核」!D${i + 3} 的加分分值“#N/A”不是数字。`, '考核', [`D${i + 3}`]));
  return reportForOutcome({ ok: false, sheetName: null, problems })!;
}

describe('report payload', () => {
  test('round-trips a report through the dialog URL as Office opens it, _host_Info appended', () => {
    const report = errorsReport(3);
    const url = dialogUrl(PAGE, report);
    expect(url.startsWith('https://addins.example.org/window-bulletin/dialog.html?r=')).toBe(true);
    expect(url).not.toContain('#');
    const opened = new URL(asOfficeOpensIt(url));
    expect(opened.searchParams.get('_host_Info')).toBe('Excel$Win32$16.01$zh-CN$$$$0');
    expect(reportFromSearch(opened.search)).toEqual(report);
  });

  test('the old fragment transport is what Office garbles: _host_Info lands inside the fragment', () => {
    const report = errorsReport(3);
    const fragmentUrl = `${new URL('dialog.html', PAGE).href}#${encodeReport(report)}`;
    expect(decodeReport(new URL(asOfficeOpensIt(fragmentUrl)).hash.slice(1))).toBeNull();
  });

  test('a long list is cut to the budget, the rest counted, and the URL Office opens stays under 2,000 characters', () => {
    const report = errorsReport(200);
    const url = asOfficeOpensIt(dialogUrl(PAGE, report));
    expect(url.length).toBeLessThan(2000);
    const decoded = reportFromSearch(new URL(url).search)!;
    expect(decoded.items.length).toBeGreaterThan(3);
    expect(decoded.items.length + decoded.omitted).toBe(200);
    expect(decoded.items).toEqual(report.items.slice(0, decoded.items.length));
    expect(new URL(url).searchParams.get('r')!.length).toBeLessThanOrEqual(PAYLOAD_BUDGET);
  });

  test('one runaway message is clipped instead of pushing the others out', () => {
    const report = reportForOutcome({ ok: false, sheetName: null, problems: [problem('INPUT', 'error', '长'.repeat(5000)), problem('INPUT', 'error', '第二条')] })!;
    const decoded = decodeReport(encodeReport(report))!;
    expect(decoded.items.map((i) => i.text.length)).toEqual([200, 3]);
    expect(decoded.items[0].text.endsWith('…')).toBe(true);
  });

  test('a missing or garbled fragment decodes to null', () => {
    expect(decodeReport('')).toBeNull();
    expect(decodeReport('%%%')).toBeNull();
    expect(decodeReport(Buffer.from('{"ok":true}').toString('base64url'))).toBeNull();
    expect(decodeReport(Buffer.from('not json').toString('base64url'))).toBeNull();
  });

  test('English chrome when Office runs in English; the problems stay as the engine wrote them', () => {
    const report = reportForOutcome({ ok: false, sheetName: null, problems: [problem('NO_HEADER', 'error', '「考核」中找不到表头。', '考核')] }, 'en-US')!;
    expect(report.title).toBe('Ranking not generated');
    expect(report.closeLabel).toBe('Close');
    expect(report.items[0].text).toBe('「考核」中找不到表头。');
    expect(reportForFailure(new Error('x'), 'zh-CN').title).toBe('生成排名时出错');
  });
});

describe('report dialog page', () => {
  test('shows title, summary, every carried problem and the count of the rest, as text', () => {
    const report = errorsReport(200);
    const decoded = reportFromSearch(new URL(asOfficeOpensIt(dialogUrl(PAGE, report))).search);
    const root = document.createElement('div');
    const close = renderReport(document, root, decoded);
    expect(root.querySelector('h1')?.textContent).toBe('未生成排名');
    expect(root.querySelectorAll('li.error')).toHaveLength(decoded!.items.length);
    expect(root.textContent).toContain(`另有 ${decoded!.omitted} 条未在此列出`);
    expect(close.textContent).toBe('关闭');
  });

  test('workbook text that looks like HTML is shown, not interpreted', () => {
    const report = reportForOutcome({ ok: false, sheetName: null, problems: [problem('INPUT', 'error', '<img src=x onerror=alert(1)>窗口')] })!;
    const root = document.createElement('div');
    renderReport(document, root, report);
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('li')?.textContent).toBe('<img src=x onerror=alert(1)>窗口');
  });

  test('without a report it says so instead of showing an empty box', () => {
    const root = document.createElement('div');
    renderReport(document, root, null);
    expect(root.querySelector('h1')?.textContent).toBe('无法显示结果');
  });
});
