/**
 * The command table of `window-bulletin`. To add a command, write it in its own file as a CliCommand and add
 * it to this list (one import, one entry); main.ts does the dispatching, help and exit codes.
 */
import { bulletinCommand } from './bulletinCommand';
import { historyCommand } from './historyCommand';
import type { CliCommand } from './command';
import { rankCommand } from './rankCommand';
import { tallyCommand } from './tallyCommand';
import { templateCommand } from './templateCommand';

export const COMMANDS: readonly CliCommand[] = [
  rankCommand,
  templateCommand,
  bulletinCommand,
  tallyCommand,
  historyCommand,
];
