import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { templateCommand } from '../../src/cli/templateCommand';
import type { CliIo } from '../../src/cli/command';
import { readBulletinInputs } from '../../src/core/bulletin/readInputs';
import { loadWorkbookFile } from '../../src/xlsx/loadWorkbookFile';
import { readWorkbook } from '../../src/xlsx/readWorkbook';

function io() {
  const out: string[] = [];
  const err: string[] = [];
  const channel: CliIo = { stdout: (t) => void out.push(t), stderr: (t) => void err.push(t), now: () => new Date(Date.UTC(2023, 9, 17)) };
  return { channel, out, err };
}

async function readBack(file: string) {
  const loaded = await loadWorkbookFile(file);
  if (!loaded.ok) throw new Error(loaded.problem.message);
  return { excel: loaded.excel, workbook: readWorkbook(loaded.excel).workbook };
}

function validationsOf(ws: ExcelJS.Worksheet): Record<string, ExcelJS.DataValidation> {
  return (ws as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } }).dataValidations.model;
}

const dir = mkdtempSync(path.join(tmpdir(), 'wb-template-'));

describe('window-bulletin template', () => {
  const file = path.join(dir, '新建.xlsx');

  test('writes the input sheets as Excel tables with validation, and they read back without problems', async () => {
    const { channel, out } = io();
    expect(await templateCommand.run([file], channel)).toBe(0);
    expect(out.join('')).toContain('「通报信息」');
    const { excel, workbook } = await readBack(file);
    expect(excel.worksheets.map((w) => w.name)).toEqual(['通报信息', '办件统计', '手册编制', '厅局长进大厅', '通报正文', '通报模板', '考核']);
    const stats = excel.getWorksheet('办件统计')!;
    expect(Object.keys((stats as unknown as { tables: object }).tables)).toEqual(['WeeklyStatistics']);
    // The file holds one rule per column (sqref="C4:C503"); ExcelJS reads such a range back cell by cell.
    const dv = validationsOf(stats);
    for (const cell of ['C4', 'C503']) expect(dv[cell]).toMatchObject({ type: 'whole', operator: 'greaterThanOrEqual', formulae: [0] });
    for (const cell of ['A4', 'A503']) expect(dv[cell]).toMatchObject({ type: 'date' });
    expect(dv['C3']).toBeUndefined(); // the header row is not validated
    expect(dv['C504']).toBeUndefined();
    const facts = validationsOf(excel.getWorksheet('通报信息')!);
    expect(facts['B5']).toMatchObject({ type: 'whole' }); // 年度期号
    expect(facts['B7']).toMatchObject({ type: 'date' }); // 周开始日期
    const scores = validationsOf(excel.getWorksheet('考核')!);
    for (const cell of ['B4', 'B503']) expect(scores[cell]).toMatchObject({ type: 'decimal' });

    const read = readBulletinInputs(workbook);
    expect(read.problems).toEqual([]);
    expect(read.inputs!.facts.yearIssue).toBe(38);
    expect(read.inputs!.statistics.week.consultations).toBe(2039);
    expect(read.inputs!.visits).toHaveLength(4);
    expect(read.inputs!.freeText).toHaveLength(6);
  });

  test('refuses to overwrite an existing file unless --force', async () => {
    const existing = path.join(dir, '已有.xlsx');
    writeFileSync(existing, 'keep me');
    const { channel, err } = io();
    expect(await templateCommand.run([existing], channel)).toBe(1);
    expect(err.join('')).toContain('已存在');
    expect(readFileSync(existing, 'utf8')).toBe('keep me');
    expect(await templateCommand.run([existing, '--force'], io().channel)).toBe(0);
    expect((await readBack(existing)).excel.worksheets).toHaveLength(7);
  });

  test('--from makes the next issue: numbers up by one, Monday to Friday of the next week, history and score sheet kept, a blank row for the new week', async () => {
    const next = path.join(dir, '下一期.xlsx');
    const { channel, out, err } = io();
    expect(await templateCommand.run([next, '--from', file], channel)).toBe(0);
    expect(err.join('')).toBe('');
    // The reference week ended on a Thursday (9月28日): the next is Monday 10月2日 to Friday 10月6日, not 10月5日.
    expect(out.join('')).toContain('下一期（第39期）的周定为10月2日—10月6日（下周一至周五）。遇节假日或调休请改');
    const { excel, workbook } = await readBack(next);
    const read = readBulletinInputs(workbook);
    expect(read.facts).toMatchObject({
      yearIssue: 39,
      totalIssue: 459,
      weekStart: { year: 2023, month: 10, day: 2 },
      weekEnd: { year: 2023, month: 10, day: 6 },
      assessmentMonth: null,
      // The score sheet comes along, but August's ranking went with issue 38: the next attaches none until 是.
      attachRanking: false,
    });
    // the new week's figures are blank: the bulletin names the cells to fill
    const blanks = read.problems.filter((p) => p.severity === 'error').map((p) => p.message);
    expect(blanks).toEqual(['「办件统计」!C5 的咨询（人次）为空。', '「办件统计」!D5 的受理（件）为空。', '「办件统计」!E5 的颁发（件）为空。', '「办件统计」!F5 的流转（件）为空。']);
    // The score sheet comes along, cell for cell, its 实得分值 still formulas.
    const source = await readBack(file);
    expect(workbook.sheets.find((s) => s.name === '考核')!.values).toEqual(source.workbook.sheets.find((s) => s.name === '考核')!.values);
    const formulas = (ws: ExcelJS.Worksheet) => {
      const found: string[] = [];
      ws.eachRow((row) => row.eachCell((c) => void (c.formula ? found.push(`${c.address}=${c.formula}`) : undefined)));
      return found;
    };
    expect(formulas(excel.getWorksheet('考核')!)).toEqual(formulas(source.excel.getWorksheet('考核')!));
  });

  test('usage mistakes', async () => {
    await expect(templateCommand.run([], io().channel)).rejects.toThrow('缺少');
    await expect(templateCommand.run([path.join(dir, 'a.txt')], io().channel)).rejects.toThrow('.xlsx');
    expect(existsSync(path.join(dir, 'a.txt'))).toBe(false);
  });
});
