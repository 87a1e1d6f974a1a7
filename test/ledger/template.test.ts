/**
 * `window-bulletin template` inserts the three ledger sheets with examples, the settings beside the rules and
 * drop-down lists; they read back and tally without a problem, with the figures the examples say.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { runCli } from '../cli/runCli';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'ledger-template-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('the template tallies: examples, settings, appeal', async () => {
  const file = path.join(dir, 'new.xlsx');
  expect((await runCli(['template', file])).code).toBe(0);
  const r = await runCli(['tally', file, '--json']);
  expect(r.stderr).toBe('');
  const doc = JSON.parse(r.stdout);
  expect(doc.month).toBe('2023-08');
  expect(doc.settings).toEqual({ base: 100, bonusCap: 20, maxScore: 120, minScore: 0, veto: 'mark' });
  expect(doc.windows.map((w: { window: string; score: number }) => [w.window, w.score])).toEqual([
    ['省发展改革委', 101],
    ['教育厅', 96],
    ['成都海关', 98],
  ]);

  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const rules = wb.getWorksheet('考核细则')!;
  expect(rules.getCell('I3').value).toBe('设置');
  expect(rules.getCell('I4').value).toBe('基础分值');
  const status = wb.getWorksheet('考核台账')!.getCell('H10').dataValidation;
  expect(status).toMatchObject({ type: 'list', formulae: ['"有效,申诉成立,撤销"'] });
  expect(wb.getWorksheet('考核细则')!.getCell('G10').dataValidation).toMatchObject({ type: 'list', formulae: ['"是,否"'] });
});
