/** Runs `window-bulletin` in-process through main(), capturing stdout, stderr and the exit code. */
import { main } from '../../src/cli/main';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** "Today" for the tests: 17 October 2023, the reference bulletin's date, so "previous month" is September 2023. */
export const TEST_NOW = new Date(2023, 9, 17);

export async function runCli(args: string[], now: Date = TEST_NOW): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    now: () => now,
  });
  return { code, stdout, stderr };
}
