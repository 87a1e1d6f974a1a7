import ExcelJS from 'exceljs';
import { buildBulletinDocument } from '../../src/core/bulletin/documentBuilder';
import type { BulletinDocument } from '../../src/core/bulletin/document';
import { exampleInputData } from '../../src/core/bulletin/exampleInputs';
import { readBulletinInputs } from '../../src/core/bulletin/readInputs';
import { INDENT, PAGE_BODY_PT, planBulletinSheet } from '../../src/core/bulletin/sheetPlan';
import type { BulletinRow, BulletinTable } from '../../src/core/model';
import type { SheetPlan } from '../../src/core/plan';
import { addPlanSheet } from '../../src/xlsx/writePlan';
import { inputWorkbook } from './support';

function table(names: string[]): BulletinTable {
  const rows: BulletinRow[] = names.map((window, i) => ({
    rank: i + 1,
    rankLabel: String(i + 1),
    window,
    base: 100,
    deductionShown: i === names.length - 1 ? -2 : 0,
    bonus: names.length - i,
    score: 100 + names.length - i,
    text: { base: '100', deduction: i === names.length - 1 ? '-2' : '0', bonus: String(names.length - i), score: String(100 + names.length - i) },
    firstOfTie: true,
    tieSize: 1,
  }));
  return { title: '2023年8月省政务服务大厅进驻部门（单位）窗口考核结果', columns: ['排名', '部门窗口', '基础分值', '减分分值', '加分分值', '实得分值'], rows };
}

function documentWith(names: string[], edit: (data: ReturnType<typeof exampleInputData>) => void = () => undefined): BulletinDocument {
  const data = exampleInputData();
  edit(data);
  const read = readBulletinInputs(inputWorkbook(data));
  expect(read.problems.filter((p) => p.severity === 'error')).toEqual([]);
  return buildBulletinDocument(read.inputs!, { table: table(names), period: { year: 2023, month: 8 } });
}

const column = (plan: SheetPlan, col: number) => plan.values.map((r) => r[col]);
const heightOf = (plan: SheetPlan, row: number) => plan.rowHeights.find((h) => h.row === row)?.height ?? 15;

/** Printed pages as lists of rows, from the plan's row heights and breaks: the same model Excel paginates by. */
function pages(plan: SheetPlan): number[][] {
  const breaks = new Set(plan.print.pageBreaksBefore ?? []);
  const result: number[][] = [[]];
  let used = 0;
  plan.values.forEach((_, r) => {
    const h = heightOf(plan, r);
    if (breaks.has(r) || (used > 0 && used + h > PAGE_BODY_PT)) {
      result.push([]);
      used = 0;
    }
    used += h;
    result[result.length - 1].push(r);
  });
  return result;
}

describe('the bulletin sheet plan', () => {
  const names = Array.from({ length: 29 }, (_, i) => `窗口${i + 1}`);

  test('head: red name, issue line, date range, unit left and date right, a red rule', () => {
    const plan = planBulletinSheet(documentWith(names));
    expect(plan.sheetName).toBe('2023年第38期周报');
    expect(plan.values.slice(0, 4).map((r) => r.filter((v) => v !== null))).toEqual([
      ['窗口工作周报'],
      ['2023年第38期（总第458期）'],
      ['（9月25日—9月28日）'],
      ['四川省政府政务服务和公共资源交易服务中心', '2023年10月17日'],
    ]);
    const nameFormat = plan.formats.find((f) => f.range.row === 0);
    expect(nameFormat?.font).toMatchObject({ color: '#FF0000', name: '方正小标宋简体' });
    expect(plan.formats.find((f) => f.range.row === 3 && f.range.col === 4)?.horizontal).toBe('right');
    const rule = plan.formats.find((f) => f.range.row === 4);
    expect(rule).toMatchObject({ fill: '#FF0000', range: { cols: 6 } });
    expect(plan.print).toMatchObject({ paper: 'A4', orientation: 'portrait' });
    expect(plan.print.margins.top).toBeCloseTo(37 / 25.4, 5);
    expect(plan.print.margins.left).toBeCloseTo(28 / 25.4, 5);
  });

  test('paragraphs are merged across the page, wrapped, indented two characters, tall enough for their lines', () => {
    const doc = documentWith(names);
    const plan = planBulletinSheet(doc);
    const texts = column(plan, 0);
    for (const block of doc.blocks) {
      const r = texts.indexOf(INDENT + block.text);
      expect(r).toBeGreaterThan(0);
      expect(plan.merges).toContainEqual({ row: r, col: 0, rows: 1, cols: 6 });
      if (block.kind === 'paragraph') {
        expect(plan.formats.find((f) => f.range.row === r)).toMatchObject({ wrap: true, font: { size: 16 } });
        // at most 28 characters of 16 pt on a 156 mm line, each line at least 16 pt tall
        const chars = [...block.text].length + 2;
        expect(heightOf(plan, r)).toBeGreaterThanOrEqual(Math.ceil(chars / 28) * 16);
      }
    }
  });

  test('the attachment starts a new printed page; a long table repeats its header on the next page', () => {
    const long = Array.from({ length: 60 }, (_, i) => `窗口${i + 1}`);
    const plan = planBulletinSheet(documentWith(long));
    const texts = column(plan, 0);
    const label = texts.indexOf('附件');
    expect(plan.print.pageBreaksBefore).toContain(label);
    const headerRows = plan.values.flatMap((r, i) => (r[0] === '排名' ? [i] : []));
    expect(headerRows.length).toBeGreaterThanOrEqual(2);
    for (const h of headerRows.slice(1)) expect(plan.print.pageBreaksBefore).toContain(h);
    expect(plan.values[headerRows[0]]).toEqual(['排名', '部门窗口', '基础分值', '减分分值', '加分分值', '实得分值']);
    // every window once, in order, under the headers
    expect(plan.values.filter((r) => typeof r[1] === 'string' && r[1].startsWith('窗口')).map((r) => r[1])).toEqual(long);
    expect(plan.values.find((r) => r[1] === '窗口60')).toEqual([60, '窗口60', 100, -2, 1, 101]);
  });

  test('no page ends on a heading, and no page is overfull', () => {
    const plan = planBulletinSheet(documentWith(names));
    const headingRows = new Set(
      plan.formats.filter((f) => f.font && (f.font.name === '黑体' || f.font.name === '楷体_GB2312') && f.range.cols === 6 && f.font.size === 16).map((f) => f.range.row),
    );
    expect(headingRows.size).toBeGreaterThan(4);
    for (const page of pages(plan)) {
      expect(headingRows.has(page[page.length - 1])).toBe(false);
      const total = page.reduce((s, r) => s + heightOf(plan, r), 0);
      if (page.length > 1) expect(total).toBeLessThanOrEqual(PAGE_BODY_PT);
    }
  });

  test('the foot follows the attachment: rules, 送, 发, print run on the right', () => {
    const plan = planBulletinSheet(documentWith(names));
    const texts = column(plan, 0);
    const send = texts.indexOf('送：省中心领导、省级相关部门（单位）。');
    expect(texts[send + 1]).toBe('发：省级相关部门（单位）窗口，省中心各处（室）、直属单位。');
    expect(texts[send + 3]).toBe('（共印91份）');
    expect(send).toBeGreaterThan(texts.indexOf('附件'));
    expect(plan.formats.find((f) => f.range.row === send - 1)?.fill).toBe('#000000');
    expect(plan.formats.find((f) => f.range.row === send + 3)?.horizontal).toBe('right');
  });

  test('a paragraph longer than the 409 pt row limit continues in the next row, text intact', () => {
    const long = '长'.repeat(1200);
    const plan = planBulletinSheet(
      documentWith(names, (d) => {
        d.freeText = [{ section: '政务资讯', order: null, text: long }];
      }),
    );
    const start = column(plan, 0).findIndex((v) => typeof v === 'string' && v.startsWith(`${INDENT}长`));
    const parts: string[] = [];
    for (let r = start; typeof plan.values[r][0] === 'string' && (plan.values[r][0] as string).includes('长'); r++) {
      parts.push(plan.values[r][0] as string);
      expect(heightOf(plan, r)).toBeLessThanOrEqual(409);
    }
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.join('')).toBe(INDENT + long);
  });

  test('names that look like formulas stay text, in the plan and in the written sheet', async () => {
    const tricky = ['=HYPERLINK("http://x","点我")', '+86厅', '-减分厅', '@局'];
    const plan = planBulletinSheet(
      documentWith(tricky, (d) => {
        d.visits = [{ date: { year: 2023, month: 9, day: 26 }, department: '=1+1', title: '', name: '@王' }];
        d.facts.unit = '=中心';
      }),
    );
    expect(plan.values[3][0]).toBe('=中心');
    expect(column(plan, 0)).toContain(`${INDENT}本周，=1+1@王到省政务服务大厅窗口调研值守。`);
    for (const name of tricky) expect(column(plan, 1)).toContain(name);

    const excel = new ExcelJS.Workbook();
    const ws = addPlanSheet(excel, plan);
    const reread = new ExcelJS.Workbook();
    await reread.xlsx.load(await excel.xlsx.writeBuffer());
    const sheet = reread.getWorksheet(ws.name)!;
    const cells: ExcelJS.Cell[] = [];
    sheet.eachRow((row) => row.eachCell((c) => void cells.push(c)));
    const unit = cells.find((c) => c.value === '=中心');
    expect(unit?.type).toBe(ExcelJS.ValueType.String);
    for (const name of tricky) expect(cells.find((c) => c.value === name)?.type).toBe(ExcelJS.ValueType.String);
    expect(cells.some((c) => c.type === ExcelJS.ValueType.Formula)).toBe(false);
  });
});
