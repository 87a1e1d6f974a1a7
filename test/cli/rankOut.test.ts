/** `rank --out`: the bulletin sheet in a copy of the workbook; the input untouched; names that look like formulas stay text. */
import { copyFileSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { runCli } from './runCli';
import { addScoreTable, tempDir, writeXlsx } from '../xlsx/workbookFixtures';
import { cellElement, sheetXml, unescapeXml } from '../xlsx/xlsxParts';

const SAMPLE = path.join('samples', 'weekly-bulletin-2023-38.xlsx');
const golden = JSON.parse(readFileSync(path.join(__dirname, 'golden', 'reference-attachment.json'), 'utf8')) as {
  title: string;
  rows: { rankLabel: string; window: string; base: number; deductionShown: number; bonus: number; score: number }[];
};

async function load(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/** Row-major plain values of a worksheet (formulas by their result), for comparing sheets. */
function sheetValues(ws: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    rows[r - 1] = (row.values as unknown[]).slice(1).map((v) => (v && typeof v === 'object' && 'result' in v ? (v as { result: unknown }).result : v));
  });
  return rows;
}

describe('window-bulletin rank --out', () => {
  let dir: string;
  let cleanup: () => void;
  beforeEach(() => ({ dir, cleanup } = tempDir()));
  afterEach(() => cleanup());

  it('adds the bulletin sheet like the reference attachment and leaves the input byte-identical', async () => {
    const input = path.join(dir, '考核 2023-08.xlsx');
    copyFileSync(SAMPLE, input);
    const before = readFileSync(input);
    const out = path.join(dir, 'out', '8月考核结果.xlsx');
    const run = await runCli(['rank', input, '--out', out]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('8月考核结果');
    expect(readFileSync(input).equals(before)).toBe(true);

    const wb = await load(out);
    const original = await load(input);
    // Every original sheet is kept, in order, and the bulletin sheet comes last.
    expect(wb.worksheets.map((w) => w.name)).toEqual([...original.worksheets.map((w) => w.name), '8月考核结果']);
    expect(sheetValues(wb.getWorksheet('考核') as ExcelJS.Worksheet)).toEqual(sheetValues(original.getWorksheet('考核') as ExcelJS.Worksheet));

    const ws = wb.getWorksheet('8月考核结果') as ExcelJS.Worksheet;
    const values = sheetValues(ws);
    expect(values[0][0]).toBe('附件');
    const titleRow = values.findIndex((r) => r && r.includes(golden.title));
    expect(titleRow).toBeGreaterThan(0);
    // The title spans the table's width.
    const merges = (ws.model as unknown as { merges: string[] }).merges;
    expect(merges).toContain(`A${titleRow + 1}:F${titleRow + 1}`);
    const headerRow = titleRow + 1;
    expect(values[headerRow].map((v) => String(v).replace(/\s/g, ''))).toEqual(['排名', '部门窗口', '基础分值', '减分分值', '加分分值', '实得分值']);
    const body = values.slice(headerRow + 1, headerRow + 1 + golden.rows.length);
    expect(body).toEqual(
      golden.rows.map((r) => [r.rankLabel === '' ? null : Number(r.rankLabel), r.window, r.base, r.deductionShown, r.bonus, r.score].map((v) => (v === null ? undefined : v))),
    );
    expect(values.length).toBe(headerRow + 1 + golden.rows.length);
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'portrait', fitToWidth: 1, fitToHeight: 0 });
    expect(ws.pageSetup.printTitlesRow).toBe(`${headerRow + 1}:${headerRow + 1}`);
    expect(readdirSync(path.dirname(out))).toEqual(['8月考核结果.xlsx']); // no temporary file left behind
  });

  it('versions the sheet name when the workbook already has that sheet', async () => {
    const first = path.join(dir, 'first.xlsx');
    const second = path.join(dir, 'second.xlsx');
    expect((await runCli(['rank', SAMPLE, '--out', first])).code).toBe(0);
    const run = await runCli(['rank', first, '--sheet', '考核', '--out', second]);
    expect(run.code).toBe(0);
    expect((await load(second)).worksheets.map((w) => w.name).slice(-2)).toEqual(['8月考核结果', '8月考核结果 (2)']);
  });

  it('writes window names that look like formulas as text (no <f> in the sheet XML)', async () => {
    const names = ['=SUM(1)', '+86', '-x', '@x', '=1+1'];
    const input = await writeXlsx(path.join(dir, 'formula-names.xlsx'), (wb) => {
      const ws = wb.addWorksheet('考核');
      addScoreTable(ws, 1, 1, names.map((n, i) => [n, 100, 0, i]));
    });
    const out = path.join(dir, 'out.xlsx');
    const run = await runCli(['rank', input, '--out', out, '--period', '2023-08', '--json']);
    expect(run.stderr).not.toContain('错误');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).rows.map((r: { window: string }) => r.window)).toEqual([...names].reverse());

    const bytes = readFileSync(out);
    const xml = await sheetXml(bytes, '8月考核结果');
    expect(xml).not.toMatch(/<f[ >]/);
    const wb = await load(out);
    const ws = wb.getWorksheet('8月考核结果') as ExcelJS.Worksheet;
    const found: string[] = [];
    ws.eachRow((row, r) => {
      const v = row.getCell(2).value;
      if (typeof v === 'string' && names.includes(v)) {
        // An inline string: text held in the cell itself, which Excel never evaluates.
        const c = cellElement(xml, `B${r}`) as string;
        expect(c).toContain('t="inlineStr"');
        expect(unescapeXml(/<is><t[^>]*>([^<]*)<\/t><\/is>/.exec(c)?.[1] ?? '')).toBe(v);
        found.push(v);
      }
    });
    expect(found.sort()).toEqual([...names].sort());
  });

  it('refuses to write over the input workbook', async () => {
    const input = path.join(dir, 'in.xlsx');
    copyFileSync(SAMPLE, input);
    const before = readFileSync(input);
    const run = await runCli(['rank', input, '--out', path.join(dir, '.', 'in.xlsx')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('输入');
    expect(readFileSync(input).equals(before)).toBe(true);
  });

  it('reports a write failure as a problem, exit 1, and leaves no file', async () => {
    const blocker = path.join(dir, 'not-a-folder');
    copyFileSync(SAMPLE, blocker); // a file where the output folder should be
    const out = path.join(blocker, 'out.xlsx');
    const run = await runCli(['rank', SAMPLE, '--out', out]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('无法写入输出文件');
    expect(run.stdout).toBe('');
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir)).toEqual(['not-a-folder']);
  });
});
