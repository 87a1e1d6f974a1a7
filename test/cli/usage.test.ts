/** The command line itself: help, exit codes, usage mistakes, the month of the bulletin. */
import path from 'node:path';
import { runCli } from './runCli';
import { tempDir, writeXlsx } from '../xlsx/workbookFixtures';

const SAMPLE = path.join('samples', 'weekly-bulletin-2023-38.xlsx');

describe('window-bulletin usage', () => {
  it('prints help with the command list (exit 0), and without a command exits 2', async () => {
    const help = await runCli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('rank');
    expect((await runCli([])).code).toBe(2);
    const rankHelp = await runCli(['rank', '--help']);
    expect(rankHelp.code).toBe(0);
    expect(rankHelp.stdout).toContain('--tie-display');
  });

  it.each([
    [['frobnicate'], '未知命令'],
    [['rank'], '缺少要读取的工作簿'],
    [['rank', SAMPLE, '--colour'], '未知选项 --colour'],
    [['rank', SAMPLE, '--sheet'], '--sheet'],
    [['rank', SAMPLE, '--rank-style', 'olympic'], 'competition、dense'],
    [['rank', SAMPLE, '--tie-display', 'merged'], 'blank、repeat'],
    [['rank', SAMPLE, '--period', '2023-13'], '--period'],
    [['rank', SAMPLE, '--base', '-5'], '--base'],
    [['rank', SAMPLE, '--out', 'result.csv'], '.xlsx'],
    [['rank', SAMPLE, 'extra.xlsx'], '多余'],
  ])('%j → exit 2 with a usage message', async (args, message) => {
    const run = await runCli(args as string[]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
    expect(run.stdout).toBe('');
  });

  it('reports several usage mistakes together', async () => {
    const run = await runCli(['rank', SAMPLE, '--rank-style', 'x', '--tie-display', 'y']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--rank-style');
    expect(run.stderr).toContain('--tie-display');
  });

  it('takes the month from --period over the sheet title', async () => {
    const run = await runCli(['rank', SAMPLE, '--period', '2024-1', '--hall', '市政务服务中心']);
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[0]).toBe('2024年1月市政务服务中心进驻部门（单位）窗口考核结果');
  });

  it('warns and uses the previous month when the sheet has no dated title', async () => {
    const { dir, cleanup } = tempDir();
    try {
      const file = await writeXlsx(path.join(dir, 'untitled.xlsx'), (wb) => {
        const ws = wb.addWorksheet('Sheet1');
        ws.getRow(1).values = ['部门窗口', '基础分值', '减分分值', '加分分值'];
        ws.getRow(2).values = ['水利厅', 100, 0, 10];
      });
      const run = await runCli(['rank', file]);
      expect(run.code).toBe(0);
      expect(run.stdout.split('\n')[0]).toBe('2023年9月省政务服务大厅进驻部门（单位）窗口考核结果');
      expect(run.stderr).toMatch(/警告：.*上个月（2023年9月）/);
      // With --json and no --out there is no title, so no reason to warn about the month.
      const json = await runCli(['rank', file, '--json']);
      expect(json.stderr).not.toContain('上个月');
    } finally {
      cleanup();
    }
  });

  it('--tie-display repeat prints the rank on every tied row', async () => {
    const run = await runCli(['rank', SAMPLE, '--tie-display', 'repeat']);
    const line = run.stdout.split('\n').find((l) => l.includes('水利厅')) as string;
    expect(line.trim().startsWith('7 ')).toBe(true);
  });
});
