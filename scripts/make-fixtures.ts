/**
 * Writes the hardening corpus: test/fixtures/*.xlsx, one workbook per kind of trouble clerks produce.
 * Run with `npm run fixtures` (bundled by esbuild, then run by node). Output is byte-stable: every package is
 * re-zipped with fixed dates, so regenerating does not churn git. What each file must rank to, or which problems
 * it must raise, is in test/fixtures/expectations.ts; both read their figures from test/fixtures/data.ts.
 *
 * ExcelJS writes most files; where it cannot express the trouble (inline strings, a whole-sheet dimension,
 * formulas without cached values, broken packages) the XML is edited or written by hand.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { GOLDEN_SOURCE, HEADER, SMALL_SOURCE, type SourceRow, sourceScore } from '../test/fixtures/data';

// From the working directory (npm runs scripts at the repository root): this file runs as a bundle in .tmp/run/.
interface Args {
  outDir: string;
  only: string[];
}

/** `[--out DIR] [NAME.xlsx ...]`: the corpus test regenerates into a temp dir to compare with the committed files. */
function parseArgs(argv: string[]): Args {
  const args: Args = { outDir: path.join('test', 'fixtures'), only: [] };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--out') args.outDir = argv[++i];
    else args.only.push(argv[i]);
  }
  // Relative to the working directory (npm runs scripts at the repository root): this file runs as a bundle in .tmp/run/.
  return { ...args, outDir: path.resolve(args.outDir) };
}
const FIXED_DATE = new Date(Date.UTC(2023, 8, 1, 0, 0, 0));

type Cell = ExcelJS.CellValue;

function newBook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'window-bulletin fixtures';
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  return wb;
}

/** Writes a header and rows starting at the 1-based (row, col); returns the row after the last one written. */
function putTable(ws: ExcelJS.Worksheet, row: number, col: number, header: Cell[], rows: Cell[][]): number {
  header.forEach((h, i) => (ws.getCell(row, col + i).value = h));
  rows.forEach((r, j) => r.forEach((v, i) => (ws.getCell(row + 1 + j, col + i).value = v)));
  return row + 1 + rows.length;
}

function scoreRows(rows: SourceRow[], withScore = true): Cell[][] {
  return rows.map((r) => {
    const cells: Cell[] = [r.window, r.base, r.deduction, r.bonus];
    if (withScore) cells.push(sourceScore(r));
    return cells;
  });
}

function title(ws: ExcelJS.Worksheet, text: string, width = 5, row = 1, col = 1): void {
  ws.getCell(row, col).value = text;
  ws.mergeCells(row, col, row, col + width - 1);
}

async function save(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Re-zips a package with fixed dates (stable bytes) after optional edits of its text parts. */
async function repack(buf: Buffer, edits: Record<string, (xml: string) => string> = {}): Promise<Buffer> {
  const src = await JSZip.loadAsync(buf);
  const out = new JSZip();
  const names = Object.keys(src.files).filter((n) => !src.files[n].dir).sort();
  for (const name of names) {
    let data: string | Uint8Array = await src.files[name].async('uint8array');
    const edit = edits[name];
    if (edit) {
      const before = Buffer.from(data).toString('utf8');
      const after = edit(before);
      if (after === before) throw new Error(`fixture edit of ${name} changed nothing`);
      data = after;
    }
    out.file(name, data, { date: FIXED_DATE, createFolders: false });
  }
  for (const name of Object.keys(edits)) if (!src.files[name]) throw new Error(`fixture edit: no part ${name}`);
  return out.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}

/** The simplest sound workbook: a title, the standard header at A3, SMALL_SOURCE, sheet 「考核」. */
async function plainSmall(mutate?: (ws: ExcelJS.Worksheet, wb: ExcelJS.Workbook) => void | Promise<void>): Promise<Buffer> {
  const wb = newBook();
  const ws = wb.addWorksheet('考核');
  title(ws, '2023年8月窗口考核得分');
  putTable(ws, 3, 1, HEADER, scoreRows(SMALL_SOURCE));
  if (mutate) await mutate(ws, wb);
  return save(wb);
}

type Maker = () => Promise<Buffer>;

const fixtures: Record<string, Maker> = {};

// ---------- sound layouts that must rank ----------

fixtures['golden-august.xlsx'] = async () => {
  const wb = newBook();
  const ws = wb.addWorksheet('8月考核');
  title(ws, '2023年8月省政务服务大厅进驻部门（单位）窗口考核得分');
  putTable(ws, 3, 1, HEADER, scoreRows(GOLDEN_SOURCE));
  return save(wb);
};

fixtures['merged-header-cells.xlsx'] = async () => {
  // Header cells merged over two rows (each label spans rows 3–4), title merged across the table.
  const wb = newBook();
  const ws = wb.addWorksheet('考核');
  title(ws, '2023年8月窗口考核得分');
  HEADER.forEach((h, i) => {
    ws.getCell(3, i + 1).value = h;
    ws.mergeCells(3, i + 1, 4, i + 1);
  });
  scoreRows(SMALL_SOURCE).forEach((r, j) => r.forEach((v, i) => (ws.getCell(5 + j, i + 1).value = v)));
  return save(wb);
};

fixtures['merged-name-cells.xlsx'] = async () => {
  // The window name spans two columns (B:C merged on every row, header included); scores from D.
  const wb = newBook();
  const ws = wb.addWorksheet('考核');
  title(ws, '2023年8月窗口考核得分', 7);
  ws.getCell('A3').value = '序号';
  ws.getCell('B3').value = '部门窗口';
  ws.mergeCells('B3:C3');
  HEADER.slice(1).forEach((h, i) => (ws.getCell(3, 4 + i).value = h));
  SMALL_SOURCE.forEach((r, j) => {
    const row = 4 + j;
    ws.getCell(row, 1).value = j + 1;
    ws.getCell(row, 2).value = r.window;
    ws.mergeCells(row, 2, row, 3);
    [r.base, r.deduction, r.bonus, sourceScore(r)].forEach((v, i) => (ws.getCell(row, 4 + i).value = v));
  });
  return save(wb);
};

fixtures['merged-rank-ties.xlsx'] = async () => {
  // The published table read back: rank cells of a tie group merged vertically (a habit the domain notes mention).
  const wb = newBook();
  const ws = wb.addWorksheet('考核结果');
  title(ws, '2023年8月窗口考核结果', 6);
  const header = ['排名', ...HEADER];
  const ordered = [5, 1, 2, 0, 4, 3].map((i) => SMALL_SOURCE[i]);
  const ranks = [1, 2, null, 4, 5, 6];
  putTable(
    ws,
    3,
    1,
    header,
    ordered.map((r, j) => [ranks[j], r.window, r.base, r.deduction, r.bonus, sourceScore(r)]),
  );
  ws.mergeCells('A5:A6');
  return save(wb);
};

fixtures['header-two-rows.xlsx'] = async () => {
  // A group header 考核分值 over the four score columns, their labels on the row below; 部门窗口 merged over both rows.
  const wb = newBook();
  const ws = wb.addWorksheet('考核');
  title(ws, '2023年8月窗口考核得分');
  ws.getCell('A3').value = '部门窗口';
  ws.mergeCells('A3:A4');
  ws.getCell('B3').value = '考核分值';
  ws.mergeCells('B3:E3');
  HEADER.slice(1).forEach((h, i) => (ws.getCell(4, 2 + i).value = h));
  scoreRows(SMALL_SOURCE).forEach((r, j) => r.forEach((v, i) => (ws.getCell(5 + j, i + 1).value = v)));
  return save(wb);
};

fixtures['header-split-words.xlsx'] = async () => {
  // Each label broken over two rows as the reference prints 「基础分 / 分值」: 基础分 | 减分 | 加分 | 实得 above 分值.
  const wb = newBook();
  const ws = wb.addWorksheet('考核');
  title(ws, '2023年8月窗口考核得分');
  ['部门窗口', '基础分', '减分', '加分', '实得'].forEach((h, i) => (ws.getCell(3, i + 1).value = h));
  [null, '分值', '分值', '分值', '分值'].forEach((h, i) => (ws.getCell(4, i + 1).value = h));
  ws.mergeCells('A3:A4');
  scoreRows(SMALL_SOURCE).forEach((r, j) => r.forEach((v, i) => (ws.getCell(5 + j, i + 1).value = v)));
  return save(wb);
};

fixtures['header-line-breaks.xlsx'] = () =>
  // Header words with line breaks, spaces and full-width characters, the way they are typed into narrow columns.
  plainSmall((ws) => {
    ['部门\n窗口', '基础\r\n分值', '减 分 分 值', '加分　分值', ' 实得分值 '].forEach((h, i) => (ws.getCell(3, i + 1).value = h));
  });

fixtures['hidden-rows-columns.xlsx'] = async () => {
  // A hidden helper column between name and base, a hidden window row: hiding is not deleting, all windows rank.
  const wb = newBook();
  const ws = wb.addWorksheet('考核');
  title(ws, '2023年8月窗口考核得分', 6);
  putTable(
    ws,
    3,
    1,
    ['部门窗口', '联系人', ...HEADER.slice(1)],
    SMALL_SOURCE.map((r) => [r.window, '张三', r.base, r.deduction, r.bonus, sourceScore(r)]),
  );
  ws.getColumn(2).hidden = true;
  ws.getRow(6).hidden = true; // 生态环境厅
  return save(wb);
};

fixtures['filter-left-on.xlsx'] = () =>
  // An AutoFilter left on the header with rows hidden by it: a view setting, the data are all still there.
  plainSmall((ws) => {
    ws.autoFilter = 'A3:E9';
    ws.getRow(5).hidden = true;
    ws.getRow(8).hidden = true;
  });

fixtures['table-far-from-a1.xlsx'] = async () => {
  const wb = newBook();
  const ws = wb.addWorksheet('考核');
  ws.getCell('K38').value = '2023年8月窗口考核得分';
  putTable(ws, 40, 11, HEADER, scoreRows(SMALL_SOURCE));
  return save(wb);
};

fixtures['excel-table-object.xlsx'] = async () => {
  // An Excel table (ListObject) far from A1, next to unrelated notes: the table is what gets read.
  const wb = newBook();
  const ws = wb.addWorksheet('考核');
  ws.getCell('A1').value = '填表说明：请勿修改表头';
  ws.addTable({
    name: '窗口得分',
    ref: 'D6',
    headerRow: true,
    totalsRow: false,
    style: { theme: 'TableStyleLight9', showRowStripes: true },
    columns: HEADER.map((name) => ({ name })),
    rows: scoreRows(SMALL_SOURCE),
  });
  return save(wb);
};

fixtures['two-tables-stacked.xlsx'] = async () => {
  // August's table, two blank rows, then July's table with its own title and header below it.
  const wb = newBook();
  const ws = wb.addWorksheet('考核');
  title(ws, '2023年8月窗口考核得分');
  const next = putTable(ws, 3, 1, HEADER, scoreRows(SMALL_SOURCE));
  title(ws, '2023年7月窗口考核得分', 5, next + 2);
  putTable(ws, next + 3, 1, HEADER, scoreRows(GOLDEN_SOURCE.slice(0, 5)));
  return save(wb);
};

fixtures['two-tables-side-by-side.xlsx'] = async () => {
  // August's table at A3, July's at H3 on the same rows, one blank column between.
  const wb = newBook();
  const ws = wb.addWorksheet('考核');
  title(ws, '2023年8月窗口考核得分');
  title(ws, '2023年7月窗口考核得分', 5, 1, 7);
  putTable(ws, 3, 1, HEADER, scoreRows(SMALL_SOURCE));
  putTable(ws, 3, 7, HEADER, scoreRows(GOLDEN_SOURCE.slice(0, 4)));
  return save(wb);
};

fixtures['several-sheets.xlsx'] = async () => {
  // A notes sheet first, then July, then August: without --sheet the first sheet holding a score table (7月) is ranked.
  const wb = newBook();
  const notes = wb.addWorksheet('说明');
  notes.getCell('A1').value = '本工作簿记录各月窗口考核得分。';
  notes.getCell('A2').value = '评分细则见附件。';
  const july = wb.addWorksheet('7月');
  title(july, '2023年7月窗口考核得分');
  putTable(july, 3, 1, HEADER, scoreRows(GOLDEN_SOURCE.slice(0, 4)));
  const aug = wb.addWorksheet('8月');
  title(aug, '2023年8月窗口考核得分');
  putTable(aug, 3, 1, HEADER, scoreRows(SMALL_SOURCE));
  return save(wb);
};

fixtures['whitespace-zero-width-names.xlsx'] = () =>
  // Names pasted from chat and web pages: trailing spaces, a full-width space, zero-width space / joiner / BOM.
  plainSmall((ws) => {
    ws.getCell('A4').value = '公安厅 ';
    ws.getCell('A5').value = '  水利厅\u3000';
    ws.getCell('A6').value = '生态环境厅\u200b';
    ws.getCell('A7').value = '\ufeff教育厅';
    ws.getCell('A8').value = '成都\u200d海关\t';
  });

fixtures['names-width-variants.xlsx'] = async () => {
  // The same window typed twice: once with ASCII brackets, once with full-width ones; and 公安厅 / 公安 厅.
  const wb = newBook();
  const ws = wb.addWorksheet('考核');
  title(ws, '2023年8月窗口考核得分');
  const rows: SourceRow[] = [
    { window: '省新闻出版局(省版权局、省电影局)', base: 100, deduction: 0, bonus: 0.5 },
    { window: '公安厅', base: 100, deduction: 0, bonus: 7.5 },
    { window: '水利厅', base: 100, deduction: 0, bonus: 10 },
    { window: '省新闻出版局（省版权局、省电影局）', base: 100, deduction: 0, bonus: 1 },
    { window: '公安 厅', base: 100, deduction: 0, bonus: 3 },
  ];
  putTable(ws, 3, 1, HEADER, scoreRows(rows));
  return save(wb);
};

fixtures['names-exact-duplicate.xlsx'] = () =>
  plainSmall((ws) => {
    ws.getCell('A8').value = '公安厅'; // 成都海关's row now repeats row 4's window
  });

fixtures['numbers-as-text.xlsx'] = () =>
  // Numbers stored as text, with spaces, full-width digits and point, Chinese/full-width/Unicode minus signs.
  plainSmall((ws) => {
    ws.getCell('B4').value = '100';
    ws.getCell('D4').value = ' 7.5 ';
    ws.getCell('B5').value = '１００';
    ws.getCell('D5').value = '１０';
    ws.getCell('C7').value = '－12';
    ws.getCell('D7').value = '２．０';
    ws.getCell('C8').value = '−2';
    ws.getCell('D8').value = '０.5';
    ws.getCell('E4').value = '107.5';
  });

fixtures['thousands-separator-numeric.xlsx'] = async () => {
  // A 1000-point scale: numeric cells shown with a #,##0 format, one base typed as the text "1,000".
  const wb = newBook();
  const ws = wb.addWorksheet('考核');
  title(ws, '2023年8月窗口考核得分');
  putTable(ws, 3, 1, HEADER, [
    ['公安厅', 1000, 0, 75, 1075],
    ['水利厅', '1,000', -20, 100, 1080],
    ['教育厅', 1000, 0, 1200, 2200],
  ]);
  for (const c of ['B4', 'B6', 'D6', 'E4', 'E5', 'E6']) ws.getCell(c).numFmt = '#,##0';
  return save(wb);
};

fixtures['thousands-separator-ambiguous.xlsx'] = () =>
  // "0,5" is a decimal comma or a typo, never a grouped number; "10,00" is not grouping either. Both must stop the run.
  plainSmall((ws) => {
    ws.getCell('D4').value = '0,5';
    ws.getCell('D6').value = '10,00';
  });

fixtures['percent-numeric.xlsx'] = () =>
  // Bonus cells formatted as percentages: the cell holds 0.5 and Excel computes with 0.5, so the engine does too.
  plainSmall((ws) => {
    ws.getCell('D4').value = 0.5;
    ws.getCell('D5').value = 0.25;
    for (const c of ['D4', 'D5']) ws.getCell(c).numFmt = '0%';
    ws.getCell('E4').value = 100.5;
    ws.getCell('E5').value = 100.25;
  });

fixtures['percent-text.xlsx'] = () =>
  plainSmall((ws) => {
    ws.getCell('D4').value = '5%';
    ws.getCell('D6').value = '10％';
  });

fixtures['dates-in-scores.xlsx'] = () =>
  // Typing 1/2 into a General cell makes Excel store a date: the bonus is then 2 January, not half a point.
  plainSmall((ws) => {
    ws.getCell('D5').value = new Date(Date.UTC(2023, 0, 2));
    ws.getCell('D5').numFmt = 'm/d';
    ws.getCell('C7').value = new Date(Date.UTC(2023, 7, 31));
    ws.getCell('C7').numFmt = 'yyyy-mm-dd';
  });

fixtures['error-values.xlsx'] = () =>
  plainSmall((ws) => {
    ws.getCell('D4').value = { formula: '1/0', result: { error: '#DIV/0!' } } as Cell;
    ws.getCell('B6').value = { error: '#N/A' } as Cell;
    ws.getCell('C8').value = { formula: 'Sheet9!A1', result: { error: '#REF!' } } as Cell;
  });

fixtures['booleans-in-scores.xlsx'] = () =>
  plainSmall((ws) => {
    ws.getCell('C5').value = true;
    ws.getCell('D9').value = false;
  });

fixtures['chinese-numerals.xlsx'] = () =>
  plainSmall((ws) => {
    ws.getCell('D5').value = '十';
    ws.getCell('C7').value = '减十二分';
  });

fixtures['many-problems.xlsx'] = async () => {
  // Ten things wrong across rows and columns: all of them must be reported in one run.
  const wb = newBook();
  const ws = wb.addWorksheet('考核');
  title(ws, '2023年8月窗口考核得分');
  putTable(ws, 3, 1, HEADER, scoreRows(GOLDEN_SOURCE.slice(0, 12)));
  ws.getCell('B4').value = '一百';
  ws.getCell('C5').value = 'abc';
  ws.getCell('D6').value = { error: '#VALUE!' } as Cell;
  ws.getCell('D7').value = true;
  ws.getCell('C9').value = new Date(Date.UTC(2023, 1, 3));
  ws.getCell('D10').value = '7分';
  ws.getCell('B12').value = '--';
  ws.getCell('A13').value = '公安厅'; // duplicate of A4
  ws.getCell('A15').value = null; // scores without a window name
  ws.getCell('B15').value = 100;
  ws.getCell('D15').value = 1;
  return save(wb);
};

fixtures['rich-text-cells.xlsx'] = () =>
  // Names with a bold part and a red part, a score typed as two runs: read as their plain text.
  plainSmall((ws) => {
    ws.getCell('A4').value = { richText: [{ text: '公安', font: { bold: true } }, { text: '厅' }] };
    ws.getCell('A9').value = { richText: [{ text: '交通', font: { color: { argb: 'FFFF0000' } } }, { text: '运输厅', font: { italic: true } }] };
    ws.getCell('D9').value = { richText: [{ text: '1' }, { text: '8', font: { bold: true } }] };
    ws.getCell('E9').value = null;
  });

fixtures['shared-formulas.xlsx'] = async () => {
  // 实得分值 filled down as one shared formula (how Excel stores a fill-down), cached results present.
  const wb = newBook();
  const ws = wb.addWorksheet('考核');
  title(ws, '2023年8月窗口考核得分');
  putTable(ws, 3, 1, HEADER, scoreRows(SMALL_SOURCE, false));
  const last = 3 + SMALL_SOURCE.length;
  SMALL_SOURCE.forEach((r, j) => {
    const row = 4 + j;
    const result = sourceScore(r);
    ws.getCell(row, 5).value = (
      j === 0 ? { formula: 'B4-ABS(C4)+D4', result, shareType: 'shared', ref: `E4:E${last}` } : { sharedFormula: 'E4', result }
    ) as Cell;
  });
  return save(wb);
};

fixtures['formula-inputs.xlsx'] = () =>
  // Bonus cells that are formulas summing a ledger elsewhere: their computed values count.
  plainSmall((ws) => {
    ws.getCell('H3').value = '加分台账';
    ws.getCell('H4').value = 5;
    ws.getCell('I4').value = 2.5;
    ws.getCell('D4').value = { formula: 'SUM(H4:I4)', result: 7.5 } as Cell;
    ws.getCell('D9').value = { formula: '9*2', result: 18 } as Cell;
  });

fixtures['formulas-without-values.xlsx'] = async () => {
  // Written by a tool that never calculates: formulas with no cached value. Reading them as 0 would silently
  // rank wrong, so each must be named as a problem (open and save the file in Excel/WPS first).
  const buf = await plainSmall((ws) => {
    ws.getCell('D4').value = { formula: '5+2.5', result: 7.5 } as Cell;
    ws.getCell('D9').value = { formula: '9*2', result: 18 } as Cell;
  });
  return repack(buf, {
    'xl/worksheets/sheet1.xml': (xml) => xml.replace(/(<c r="D(4|9)"[^>]*>)(<f>[^<]*<\/f>)<v>[^<]*<\/v>/g, '$1$3'),
  });
};

fixtures['score-mismatch.xlsx'] = () =>
  // The clerk's own 实得分值 is wrong on one row (typed 109 instead of 110): warning at that cell, computed value stands.
  plainSmall((ws) => {
    ws.getCell('E5').value = 109;
  });

fixtures['decimal-ties.xlsx'] = async () => {
  // 100 − 0.3 + 0.1 and 100 − 0.2 tie exactly (in binary floating point they do not).
  const wb = newBook();
  const ws = wb.addWorksheet('考核');
  title(ws, '2023年8月窗口考核得分', 4);
  putTable(ws, 3, 1, HEADER.slice(0, 4), [
    ['甲窗口', 100, -0.3, 0.1],
    ['乙窗口', 100, -0.2, 0],
    ['丙窗口', 100, 0, 0.1],
    ['丁窗口', 100, -0.1, 0.2],
  ]);
  return save(wb);
};

fixtures['summary-and-notes-rows.xlsx'] = () =>
  // A blank row, then 合计 and 平均 rows and a 备注 line under the table: skipped with a warning, never ranked.
  plainSmall((ws) => {
    ws.getCell('A11').value = '合计';
    ws.getCell('B11').value = 600;
    ws.getCell('D11').value = 48;
    ws.getCell('E11').value = 631;
    ws.getCell('A12').value = '平均';
    ws.getCell('E12').value = 105.17;
    ws.getCell('A13').value = '备注：加分以台账为准。';
  });

fixtures['no-base-column.xlsx'] = async () => {
  const wb = newBook();
  const ws = wb.addWorksheet('考核');
  title(ws, '2023年8月窗口考核得分', 3);
  putTable(
    ws,
    3,
    1,
    ['部门窗口', '扣分', '加分'],
    SMALL_SOURCE.map((r) => [r.window, r.deduction, r.bonus]),
  );
  return save(wb);
};

fixtures['serial-and-rank-columns.xlsx'] = async () => {
  // 序号 first, a stale 排名 column last (left over from last month): both ignored for the computation.
  const wb = newBook();
  const ws = wb.addWorksheet('考核');
  title(ws, '2023年8月窗口考核得分', 7);
  putTable(
    ws,
    3,
    1,
    ['序号', ...HEADER, '排名'],
    SMALL_SOURCE.map((r, i) => [i + 1, r.window, r.base, r.deduction, r.bonus, sourceScore(r), 6 - i]),
  );
  return save(wb);
};

fixtures['empty-window-name.xlsx'] = () =>
  plainSmall((ws) => {
    ws.getCell('A6').value = null;
  });

fixtures['header-no-data.xlsx'] = async () => {
  const wb = newBook();
  const ws = wb.addWorksheet('考核');
  title(ws, '2023年9月窗口考核得分');
  putTable(ws, 3, 1, HEADER, []);
  return save(wb);
};

fixtures['no-header.xlsx'] = async () => {
  // A sheet of text and numbers that is not a score table at all.
  const wb = newBook();
  const ws = wb.addWorksheet('值班表');
  putTable(ws, 1, 1, ['日期', '值班人员', '电话'], [
    ['9月25日', '张三', 12345678],
    ['9月26日', '李四', 87654321],
  ]);
  return save(wb);
};

fixtures['hostile-names.xlsx'] = async () => {
  // Window names an attacker (or an unlucky paste) could put in: formula prefixes, markup, Word field codes.
  const wb = newBook();
  const ws = wb.addWorksheet('考核');
  title(ws, '2023年8月窗口考核得分');
  const names = [
    '=HYPERLINK("http://example.invalid/x","点此")',
    '+1+1',
    '-2+3',
    '@SUM(1,1)',
    // A leading tab or CR is trimmed like any white space, so these two must differ after it (else: duplicates).
    '\t=2+2',
    '\r=3+3',
    '<script>alert("窗口")</script>',
    '<img src=x onerror=alert(1)>',
    '{ HYPERLINK "http://example.invalid" }',
    "'=不是公式",
  ];
  putTable(
    ws,
    3,
    1,
    HEADER,
    names.map((n, i) => [n, 100, 0, i, 100 + i]),
  );
  return save(wb);
};

fixtures['cell-32767-chars.xlsx'] = () =>
  // The longest text a cell may hold, as a window name (a pasted document): ranks, and the written column stays ≤ 255 wide.
  plainSmall((ws) => {
    ws.getCell('A5').value = '水利厅' + '长'.repeat(32767 - 3);
  });

fixtures['sheet-name-quotes.xlsx'] = async () => {
  const wb = newBook();
  const ws = wb.addWorksheet("8月 '考核' (终)");
  title(ws, '2023年8月窗口考核得分');
  putTable(ws, 3, 1, HEADER, scoreRows(SMALL_SOURCE));
  ws.getCell('D6').value = '十';
  return save(wb);
};

/** Excel's sheet-protection hash (ECMA-376 Part 4, 14.7.1): SHA-512 of salt + UTF-16LE password, re-hashed with a counter. */
function sheetPasswordHash(password: string, saltBase64: string, spinCount: number): string {
  let h = createHash('sha512').update(Buffer.from(saltBase64, 'base64')).update(Buffer.from(password, 'utf16le')).digest();
  const counter = Buffer.alloc(4);
  for (let i = 0; i < spinCount; i++) {
    counter.writeUInt32LE(i, 0);
    h = createHash('sha512').update(h).update(counter).digest();
  }
  return h.toString('base64');
}

fixtures['password-protected-sheet.xlsx'] = async () => {
  // Sheet protection with a SHA-512 password hash: it guards editing, not reading. Ranks as usual.
  const wb = newBook();
  const ws = wb.addWorksheet('考核');
  title(ws, '2023年8月窗口考核得分');
  putTable(ws, 3, 1, HEADER, scoreRows(SMALL_SOURCE));
  // ExcelJS's protect() draws a random salt; a fixed one keeps the file's bytes stable between runs.
  const saltValue = Buffer.from('window-bulletin!').toString('base64');
  (ws as unknown as { sheetProtection: Record<string, unknown> }).sheetProtection = {
    sheet: true,
    algorithmName: 'SHA-512',
    saltValue,
    spinCount: 100000,
    hashValue: sheetPasswordHash('科室密码2023', saltValue, 100000),
    selectLockedCells: true,
    selectUnlockedCells: true,
  };
  wb.addWorksheet('草稿').getCell('A1').value = '草稿';
  return save(wb);
};

fixtures['huge-dimension.xlsx'] = async () => {
  // Whole columns formatted down to row 1,048,576 (a clerk selected columns and set a font): the used range is
  // the whole sheet, the data are 30 rows. Reading must not build a million-row grid or take long.
  const buf = await (async () => {
    const wb = newBook();
    const ws = wb.addWorksheet('考核');
    title(ws, '2023年8月窗口考核得分');
    putTable(ws, 3, 1, HEADER, scoreRows(GOLDEN_SOURCE));
    ws.getCell('A3').font = { bold: true };
    return save(wb);
  })();
  return repack(buf, {
    'xl/worksheets/sheet1.xml': (xml) =>
      xml
        .replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:F1048576"/>')
        .replace(
          '</sheetData>',
          '<row r="1048575" s="1" customFormat="1"><c r="A1048575" s="1"/></row>' +
            '<row r="1048576" s="1" customFormat="1"><c r="A1048576" s="1"/><c r="F1048576" s="1"/></row></sheetData>',
        ),
  });
};

fixtures['inline-strings-export.xlsx'] = async () => {
  // What a hall's case system exports: no styles, no shared strings, inline strings, a t="str" formula, cells
  // without r attributes on one row. Written by hand, the way such exporters do.
  const rowsXml: string[] = [];
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const inl = (ref: string, s: string) => `<c r="${ref}" t="inlineStr"><is><t>${esc(s)}</t></is></c>`;
  const num = (ref: string, n: number) => `<c r="${ref}"><v>${n}</v></c>`;
  rowsXml.push(`<row r="1">${HEADER.map((h, i) => inl(`${'ABCDE'[i]}1`, h)).join('')}</row>`);
  SMALL_SOURCE.forEach((r, j) => {
    const n = j + 2;
    if (j === 2) {
      // No r attributes: positions follow document order.
      rowsXml.push(
        `<row r="${n}"><c t="inlineStr"><is><t>${r.window}</t></is></c><c><v>${r.base}</v></c><c><v>${r.deduction}</v></c><c><v>${r.bonus}</v></c><c><v>${sourceScore(r)}</v></c></row>`,
      );
      return;
    }
    const score = j === 0 ? `<c r="E${n}" t="str"><f>B${n}-C${n}+D${n}</f><v>${sourceScore(r)}</v></c>` : num(`E${n}`, sourceScore(r));
    rowsXml.push(`<row r="${n}">${inl(`A${n}`, r.window)}${num(`B${n}`, r.base)}${num(`C${n}`, r.deduction)}${num(`D${n}`, r.bonus)}${score}</row>`);
  });
  const zip = new JSZip();
  const add = (name: string, text: string) => zip.file(name, text, { date: FIXED_DATE, createFolders: false });
  add(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
  );
  add(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
  );
  add(
    'xl/workbook.xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
      '<sheets><sheet name="导出数据" sheetId="1" r:id="rId1"/></sheets></workbook>',
  );
  add(
    'xl/_rels/workbook.xml.rels',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
  );
  add(
    'xl/worksheets/sheet1.xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      `<sheetData>${rowsXml.join('')}</sheetData></worksheet>`,
  );
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
};

// ---------- files that are not readable workbooks ----------

fixtures['empty-workbook.xlsx'] = async () => {
  const wb = newBook();
  wb.addWorksheet('Sheet1');
  return save(wb);
};

fixtures['truncated.xlsx'] = async () => {
  // A download cut off halfway: the zip's central directory is gone.
  const whole = await repack(await fixtures['golden-august.xlsx']());
  return whole.subarray(0, Math.floor(whole.length / 2));
};

fixtures['corrupt-sheet-xml.xlsx'] = async () =>
  // The zip is intact but the sheet's XML is cut mid-element (a sync tool that lost the end of a part).
  repack(await plainSmall(), {
    'xl/worksheets/sheet1.xml': (xml) => xml.slice(0, Math.floor(xml.length * 0.6)),
  });

fixtures['not-a-workbook.xlsx'] = async () =>
  // A CSV export renamed to .xlsx.
  Buffer.from(['部门窗口,基础分值,减分分值,加分分值', '公安厅,100,0,7.5', '水利厅,100,0,10', ''].join('\r\n'), 'utf8');

fixtures['docx-renamed.xlsx'] = async () => {
  // A valid zip package that is a Word document, not a workbook.
  const zip = new JSZip();
  const add = (name: string, text: string) => zip.file(name, text, { date: FIXED_DATE, createFolders: false });
  add(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  add(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  add(
    'word/document.xml',
    '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>窗口工作周报</w:t></w:r></w:p></w:body></w:document>',
  );
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
};

fixtures['ole-container.xlsx'] = async () => {
  // The head of a Compound File (an old .xls, or a workbook encrypted with a password to open) renamed .xlsx.
  const buf = Buffer.alloc(4096, 0);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(buf, 0);
  buf.writeUInt16LE(0x003e, 0x18); // minor version
  buf.writeUInt16LE(0x0003, 0x1a); // major version 3
  buf.writeUInt16LE(0xfffe, 0x1c); // little-endian byte order mark
  buf.writeUInt16LE(0x0009, 0x1e); // 512-byte sectors
  return buf;
};

fixtures['zero-bytes.xlsx'] = async () => Buffer.alloc(0);

async function main(): Promise<void> {
  const { outDir, only } = parseArgs(process.argv.slice(2));
  fs.mkdirSync(outDir, { recursive: true });
  let count = 0;
  for (const [name, make] of Object.entries(fixtures)) {
    if (only.length > 0 && !only.includes(name)) continue;
    let buf = await make();
    // ExcelJS stamps zip entries with the current time; re-zip sound packages so the bytes are stable.
    if (buf.length > 4 && buf.readUInt32LE(0) === 0x04034b50 && name !== 'truncated.xlsx') buf = await repack(buf);
    fs.writeFileSync(path.join(outDir, name), buf);
    count++;
  }
  process.stdout.write(`wrote ${count} fixtures to ${path.relative(process.cwd(), outDir) || '.'}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`make-fixtures: ${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
  process.exit(1);
});
