/** Turning node:util parseArgs failures into Chinese usage messages (exit code 2). */
import { parseArgs, type ParseArgsConfig } from 'node:util';

/** One or more things wrong with the command line, all reported together. */
export class UsageError extends Error {
  readonly messages: string[];
  constructor(messages: string | string[]) {
    const list = typeof messages === 'string' ? [messages] : messages;
    super(list.join('\n'));
    this.messages = list;
  }
}

type Options = NonNullable<ParseArgsConfig['options']>;

/** parseArgs with strict checking; its English errors are rethrown as a UsageError naming the option. */
export function parseCommandArgs<O extends Options>(args: string[], options: O) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError(describeParseError(e as NodeJS.ErrnoException));
  }
}

function describeParseError(e: NodeJS.ErrnoException): string {
  const quoted = /'([^']+)'/.exec(e.message)?.[1] ?? '';
  const option = quoted.split(' ')[0];
  switch (e.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `未知选项 ${option}。`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return option ? `选项 ${option} 需要一个值，或不接受值。` : `选项的值不正确：${e.message}`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `多余的参数 ${option}。`;
    default:
      return e.message;
  }
}

/** Picks one of a fixed set of words, or says which ones are allowed. */
export function oneOf<T extends string>(option: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`选项 --${option} 的值“${value}”无效，可选：${allowed.join('、')}。`);
}

/** Runs one option check; a UsageError's messages join `errors` and the fallback stands in, so every mistake is reported together. */
export function collectUsage<T>(errors: string[], check: () => T, fallback: T): T {
  try {
    return check();
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    errors.push(...e.messages);
    return fallback;
  }
}
