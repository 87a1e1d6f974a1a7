/**
 * `window-bulletin <command> [options]`: dispatches to the command table, prints help, turns usage mistakes
 * into exit code 2 and unexpected failures into a one-line Chinese message (no stack trace unless asked for).
 */
import { EXIT_BAD_INPUT, EXIT_OK, EXIT_USAGE, type CliCommand, type CliIo } from './command';
import { COMMANDS } from './commands';
import { displayWidth, padEnd } from './displayWidth';
import { UsageError } from './usage';

declare const WINDOW_BULLETIN_VERSION: string | undefined;

function version(): string {
  // Set by scripts/build-cli.mjs from package.json; absent when main runs unbundled (tests).
  return typeof WINDOW_BULLETIN_VERSION === 'string' ? WINDOW_BULLETIN_VERSION : 'dev';
}

export function topLevelHelp(commands: readonly CliCommand[] = COMMANDS): string {
  const width = Math.max(...commands.map((c) => displayWidth(c.name)));
  const list = commands.map((c) => `  ${padEnd(c.name, width)}  ${c.summary}`).join('\n');
  return `window-bulletin ${version()} — 窗口考核通报：考核排名与周报生成

用法：window-bulletin <命令> [选项]

命令：
${list}

运行 window-bulletin <命令> --help 查看该命令的选项。
`;
}

export async function main(argv: string[], io: CliIo, commands: readonly CliCommand[] = COMMANDS): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(topLevelHelp(commands));
    return name === undefined ? EXIT_USAGE : EXIT_OK;
  }
  if (name === '--version' || name === '-v') {
    io.stdout(`${version()}\n`);
    return EXIT_OK;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.stderr(`未知命令“${name}”。可用的命令：${commands.map((c) => c.name).join('、')}。运行 window-bulletin --help 查看说明。\n`);
    return EXIT_USAGE;
  }
  try {
    return await command.run(rest, io);
  } catch (e) {
    if (e instanceof UsageError) {
      for (const m of e.messages) io.stderr(`用法错误：${m}\n`);
      io.stderr(`运行 window-bulletin ${command.name} --help 查看用法。\n`);
      return EXIT_USAGE;
    }
    // A bug, not the user's input: say so plainly; the stack only with WINDOW_BULLETIN_DEBUG=1.
    io.stderr(`window-bulletin 内部错误：${(e as Error).message ?? String(e)}\n请把这条信息和所用的工作簿反馈给维护者。\n`);
    if (process.env.WINDOW_BULLETIN_DEBUG === '1') io.stderr(`${(e as Error).stack ?? ''}\n`);
    return EXIT_BAD_INPUT;
  }
}
