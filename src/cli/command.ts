/** What every `window-bulletin` command is: a name, a one-line summary for the command list, and a run function. */

export const EXIT_OK = 0;
/** The workbook or its data is wrong: every problem has been printed. */
export const EXIT_BAD_INPUT = 1;
/** The command line itself is wrong (unknown option, missing file argument). */
export const EXIT_USAGE = 2;

/** Output channels and the clock, injected so tests run commands in-process and capture everything. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** "Today", for defaults such as the previous month. */
  now(): Date;
}

export interface CliCommand {
  name: string;
  /** One line for `window-bulletin --help`. */
  summary: string;
  /** Full help text printed by `window-bulletin <name> --help`. */
  help: string;
  run(args: string[], io: CliIo): Promise<number>;
}
