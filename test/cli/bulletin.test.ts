/**
 * `window-bulletin bulletin`: the sample's bulletin in all three outputs; bad input reported in full with
 * nothing written; outputs all or none; the input workbook never touched.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { docxParts, paragraphs, part, tableRows } from '../export/docxParts';
import {
  GOLDEN_ATTACHMENT_NOTE,
  GOLDEN_ATTACHMENT_ROWS,
  GOLDEN_ATTACHMENT_TITLE,
  GOLDEN_ATTACHMENT_TITLE_LINES,
  GOLDEN_FOOT,
  GOLDEN_HANDBOOK,
  GOLDEN_HEAD,
  GOLDEN_HEADINGS,
  GOLDEN_STATISTICS,
  GOLDEN_VISITS,
} from '../bulletin/golden';
import { tempDir } from '../xlsx/workbookFixtures';
import { runCli } from './runCli';

const SAMPLE = 'samples/weekly-bulletin-2023-38.xlsx';
const SLOW = 60_000;

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir('wb-bulletin-')));
afterEach(() => cleanup());

const outputs = () => ({ xlsx: path.join(dir, '周报.xlsx'), docx: path.join(dir, '周报.docx'), html: path.join(dir, '周报.html') });
const allArgs = (o: ReturnType<typeof outputs>) => ['--out', o.xlsx, '--docx', o.docx, '--html', o.html];

async function loadXlsx(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/** The sample with some cells changed, saved in the test directory. */
async function editedSample(name: string, edit: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const wb = await loadXlsx(SAMPLE);
  edit(wb);
  const file = path.join(dir, name);
  await wb.xlsx.writeFile(file);
  return file;
}

/** The one cell of a sheet holding `value`, so edits do not depend on the sample's layout. */
function cellHolding(ws: ExcelJS.Worksheet, value: string | number): ExcelJS.Cell {
  const found: ExcelJS.Cell[] = [];
  ws.eachRow((row) => row.eachCell((c) => void (c.value === value && found.push(c))));
  if (found.length !== 1) throw new Error(`${found.length} cells hold ${value} in ${ws.name}`);
  return found[0];
}

const stringCells = (ws: ExcelJS.Worksheet) => {
  const cells: ExcelJS.Cell[] = [];
  ws.eachRow((row) => row.eachCell((c) => void cells.push(c)));
  return cells;
};

describe('window-bulletin bulletin on the sample', () => {
  test(
    'writes the workbook copy with the bulletin sheet, the .docx and the HTML, each with the reference text',
    async () => {
      const o = outputs();
      const before = readFileSync(SAMPLE);
      const run = await runCli(['bulletin', SAMPLE, ...allArgs(o)]);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('新增工作表「2023年第38期周报」');
      expect(run.stderr).toBe('警告：「考核」第 32 行是说明行，未参与排名。（「考核」!B32）\n');
      expect(readFileSync(SAMPLE).equals(before)).toBe(true);
      expect(readdirSync(dir).sort()).toEqual(['周报.docx', '周报.html', '周报.xlsx']); // no temp files left

      const golden = [GOLDEN_HEAD.name, GOLDEN_HEAD.issueLine, GOLDEN_HEAD.dateRange, ...GOLDEN_HEADINGS, GOLDEN_STATISTICS, GOLDEN_HANDBOOK, GOLDEN_VISITS];
      // The title on the attachment page is set in its lines (broken between words), one cell or paragraph.
      const tail = [GOLDEN_ATTACHMENT_NOTE, GOLDEN_ATTACHMENT_TITLE_LINES.join('\n'), ...Object.values(GOLDEN_FOOT)];

      const wb = await loadXlsx(o.xlsx);
      const source = await loadXlsx(SAMPLE);
      expect(wb.worksheets.map((w) => w.name)).toEqual([...source.worksheets.map((w) => w.name), '2023年第38期周报']);
      const sheetText = stringCells(wb.getWorksheet('2023年第38期周报')!).map((c) => String(c.value).trim().replace(/^\u3000+/, ''));
      for (const s of [...golden, ...tail]) expect(sheetText).toContain(s);

      const xml = part(await docxParts(readFileSync(o.docx)), 'word/document.xml');
      const docxText = paragraphs(xml).map((p) => p.text.replace(/^\u3000+/, ''));
      for (const s of [...golden, ...tail]) expect(docxText).toContain(s);
      expect(tableRows(xml).slice(1).map((r) => r.cells)).toEqual(GOLDEN_ATTACHMENT_ROWS);

      const html = readFileSync(o.html, 'utf8');
      for (const s of [GOLDEN_STATISTICS, GOLDEN_HANDBOOK, GOLDEN_VISITS, GOLDEN_ATTACHMENT_TITLE]) expect(html).toContain(s);
    },
    SLOW,
  );

  test(
    'without an output option prints the bulletin and writes nothing',
    async () => {
      const run = await runCli(['bulletin', SAMPLE]);
      expect(run.code).toBe(0);
      expect(run.stdout.split('\n').slice(0, 3)).toEqual([GOLDEN_HEAD.name, GOLDEN_HEAD.issueLine, GOLDEN_HEAD.dateRange]);
      expect(run.stdout).toContain(GOLDEN_STATISTICS);
      expect(run.stdout).toContain(GOLDEN_ATTACHMENT_ROWS[0].join('\t'));
      expect(readdirSync(dir)).toEqual([]);
    },
    SLOW,
  );

  test(
    'names that look like formulas stay text in every output',
    async () => {
      const file = await editedSample('公式.xlsx', (wb) => {
        cellHolding(wb.getWorksheet('考核')!, '交通运输厅').value = '+交通运输厅';
        cellHolding(wb.getWorksheet('厅局长进大厅')!, '省广电局').value = '=省广电局';
        const handbook = wb.getWorksheet('手册编制')!;
        const thisWeek = cellHolding(handbook, 15);
        handbook.getRow(Number(thisWeek.row)).getCell(Number(thisWeek.col) - 1).value = '@省市场监管局';
      });
      const o = outputs();
      const run = await runCli(['bulletin', file, ...allArgs(o)]);
      expect(run.code).toBe(0);
      const cells = stringCells((await loadXlsx(o.xlsx)).getWorksheet('2023年第38期周报')!);
      expect(cells.some((c) => c.type === ExcelJS.ValueType.Formula)).toBe(false);
      expect(cells.find((c) => c.value === '+交通运输厅')?.type).toBe(ExcelJS.ValueType.String);
      expect(cells.some((c) => String(c.value).includes('本周，=省广电局党组成员'))).toBe(true);
      const xml = part(await docxParts(readFileSync(o.docx)), 'word/document.xml');
      expect(tableRows(xml)[1].cells[1]).toBe('+交通运输厅');
      const handbookLine = '完成@省市场监管局15个办理项的受理工作手册编制。截至目前，共完成1004个办理项的受理工作手册编制，占比60.37%。';
      expect(cells.some((c) => String(c.value).endsWith(handbookLine))).toBe(true);
      expect(paragraphs(xml).some((p) => p.text.endsWith(handbookLine))).toBe(true);
    },
    SLOW,
  );
});

describe('window-bulletin bulletin with bad input', () => {
  test(
    'every problem of the input sheets and the score sheet, with sheet and cell; exit 1; no file written',
    async () => {
      const file = await editedSample('坏.xlsx', (wb) => {
        cellHolding(wb.getWorksheet('办件统计')!, 2039).value = '两千';
        const deduction = cellHolding(wb.getWorksheet('考核')!, '成都海关');
        wb.getWorksheet('考核')!.getRow(Number(deduction.row)).getCell(Number(deduction.col) + 2).value = '二分';
        cellHolding(wb.getWorksheet('通报信息')!, 458).value = '四五八';
      });
      const o = outputs();
      const run = await runCli(['bulletin', file, ...allArgs(o)]);
      expect(run.code).toBe(1);
      expect(run.stdout).toBe('');
      const errors = run.stderr.split('\n').filter((l) => l.startsWith('错误：'));
      expect(errors).toHaveLength(3);
      expect(run.stderr).toMatch(/「通报信息」!B\d+ 的总期号/);
      expect(run.stderr).toMatch(/「办件统计」!C\d+ 的咨询（人次）“两千”不是数字/);
      expect(run.stderr).toMatch(/「考核」!D\d+/);
      expect(run.stderr).toContain('共 3 个错误');
      expect(readdirSync(dir)).toEqual(['坏.xlsx']);
    },
    SLOW,
  );

  test(
    'a workbook without the input sheets says which sheets to add',
    async () => {
      const run = await runCli(['bulletin', path.resolve('test/fixtures/golden-august.xlsx'), '--out', outputs().xlsx]);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('工作簿中没有「通报信息」工作表');
      expect(run.stderr).toContain('工作簿中没有「办件统计」工作表');
      expect(readdirSync(dir)).toEqual([]);
    },
    SLOW,
  );

  test(
    'the next issue made by template --from names the blank figures to fill, and nothing else',
    async () => {
      const next = path.join(dir, '第39期.xlsx');
      expect((await runCli(['template', next, '--from', SAMPLE])).code).toBe(0);
      const run = await runCli(['bulletin', next, '--out', path.join(dir, 'out.xlsx')]);
      expect(run.code).toBe(1);
      const errors = run.stderr.split('\n').filter((l) => l.startsWith('错误：'));
      expect(errors.map((l) => l.replace(/!([A-Z])\d+/, '!$1'))).toEqual([
        '错误：「办件统计」!C 的咨询（人次）为空。',
        '错误：「办件统计」!D 的受理（件）为空。',
        '错误：「办件统计」!E 的颁发（件）为空。',
        '错误：「办件统计」!F 的流转（件）为空。',
      ]);
      expect(existsSync(path.join(dir, 'out.xlsx'))).toBe(false);
    },
    SLOW,
  );

  test(
    'one output that cannot be written: none of them is',
    async () => {
      writeFileSync(path.join(dir, 'not-a-folder'), 'x');
      const o = outputs();
      const run = await runCli(['bulletin', SAMPLE, '--out', o.xlsx, '--docx', path.join(dir, 'not-a-folder', 'a.docx'), '--html', o.html]);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('没有写出任何文件');
      expect(readdirSync(dir)).toEqual(['not-a-folder']);
    },
    SLOW,
  );
});

describe('window-bulletin bulletin usage', () => {
  test('wrong extensions and the input as output are usage errors (exit 2), all named at once', async () => {
    mkdirSync(dir, { recursive: true });
    const run = await runCli(['bulletin', SAMPLE, '--out', SAMPLE, '--docx', path.join(dir, 'a.doc'), '--html', path.join(dir, 'a.txt')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('输出文件不能是输入的工作簿本身');
    expect(run.stderr).toContain('应以 .docx 结尾');
    expect(run.stderr).toContain('应以 .html 或 .htm 结尾');
    expect(readdirSync(dir)).toEqual([]);
  });

  test('no workbook', async () => {
    const run = await runCli(['bulletin']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('缺少要读取的工作簿文件');
  });

  test('listed in the top-level help', async () => {
    const run = await runCli(['--help']);
    expect(run.stdout).toMatch(/bulletin\s+由输入表和考核表生成整期周报/);
    expect(run.stdout).toMatch(/template\s+新建周报输入工作簿/);
  });
});
