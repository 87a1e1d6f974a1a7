/**
 * The command line reads the thresholds the pane saved in the workbook (workbook.settings, kept in the file's web
 * extension part), with its flags in their place; run as a user runs it, the built bin in a child process.
 * The golden year (goldenYear.ts): December ranks 交通运输厅, 水利厅, 省市场监管局, 自然资源厅, 省医保局; over the
 * year 省文旅厅 was last 4 times and 水利厅 6 times.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { DEFAULT_HISTORY_SETTINGS, encodeHistorySettings } from '../../src/core/history/settings';
import { encodeSettings } from '../../src/excel/settingsCodec';
import { buildCli } from '../support/cliBuild';
import { tempDir } from '../xlsx/workbookFixtures';
import { goldenWorkbook, L, M, T, W } from './goldenYear';
import { withSavedSettings } from './savedSettingsFile';
import { gridsToXlsx } from './workbookFile';

const ROOT = path.join(__dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'window-bulletin.js');

jest.setTimeout(120_000);

let dir: string;
let cleanup: () => void;
beforeAll(async () => {
  await buildCli();
  ({ dir, cleanup } = tempDir('wb-saved-'));
});
afterAll(() => cleanup());

function cli(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

async function goldenFile(name: string, settings: Record<string, string> | null): Promise<string> {
  const plain = await gridsToXlsx(goldenWorkbook().sheets);
  const file = path.join(dir, name);
  writeFileSync(file, settings ? await withSavedSettings(plain, settings) : plain);
  return file;
}

interface Json {
  months: { month: string; redFlags: { count: number; windows: string[] }; lastPlace: { window: string; level: string | null }[] }[];
  rollup: { windows: { window: string; honour: { eligible: boolean; reason: string } }[] };
  warnings: { code: string; message: string }[];
}

const december = (j: Json) => j.months.find((m) => m.month === '2023-12')!;
const honour = (j: Json, w: string) => j.rollup.windows.find((x) => x.window === w)!.honour;

test('saved thresholds: 2 red flags, honour barred from 5 last places; --red-flags overrides the saved count', async () => {
  const saved = encodeHistorySettings({ ...DEFAULT_HISTORY_SETTINGS, redFlagCount: 2, honourLastTimesLimit: 5 });
  const file = await goldenFile('saved.xlsx', { 'WindowBulletin.history': saved, 'WindowBulletin.settings': encodeSettings(DEFAULT_SETTINGS) });
  const r = cli(['history', file, '--import', '--json']);
  expect(r.code).toBe(0);
  const j = JSON.parse(r.stdout) as Json;
  expect(december(j).redFlags).toMatchObject({ count: 2, windows: [T, W] });
  // 省文旅厅, last 4 times, is eligible under a limit of 5; 水利厅, 6 times, is not.
  expect(honour(j, L)).toEqual({ eligible: true, reason: '' });
  expect(honour(j, W)).toEqual({ eligible: false, reason: '累计6次末位' });

  const flagged = JSON.parse(cli(['history', file, '--import', '--json', '--red-flags', '3']).stdout) as Json;
  expect(december(flagged).redFlags).toMatchObject({ count: 3, windows: [T, W, M] });
  expect(honour(flagged, L).eligible).toBe(true); // the other saved settings still hold
});

test('no saved settings: the defaults (3 red flags, barred from 2 last places)', async () => {
  const j = JSON.parse(cli(['history', await goldenFile('plain.xlsx', null), '--import', '--json']).stdout) as Json;
  expect(december(j).redFlags.count).toBe(3);
  expect(honour(j, L)).toEqual({ eligible: false, reason: '累计4次末位' });
});

test('an invalid saved threshold falls back to its default and says so', async () => {
  const bad = JSON.stringify({ version: 1, ...DEFAULT_HISTORY_SETTINGS, redFlagCount: -1, noticeConsecutive: 4 });
  const r = cli(['history', await goldenFile('bad.xlsx', { 'WindowBulletin.history': bad }), '--import', '--json']);
  expect(r.code).toBe(0);
  const j = JSON.parse(r.stdout) as Json;
  expect(december(j).redFlags.count).toBe(3);
  expect(j.warnings.map((w) => w.message)).toContainEqual(expect.stringContaining('“流动红旗个数”无效（-1）'));
  // The valid field beside it is taken: 水利厅, last in February and March (twice this year), is a notice by
  // default (2 months running) but not when the saved rule asks for 4.
  const march = j.months.find((m) => m.month === '2023-03')!;
  expect(march.lastPlace).toEqual([expect.objectContaining({ window: W, level: null })]);
  const plain = JSON.parse(cli(['history', await goldenFile('plain2.xlsx', null), '--import', '--json']).stdout) as Json;
  expect(plain.months.find((m) => m.month === '2023-03')!.lastPlace).toEqual([expect.objectContaining({ window: W, level: 'notice' })]);
});
