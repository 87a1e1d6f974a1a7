/** Process entry of the bundled CLI (dist/cli/window-bulletin.cjs): real stdout/stderr/clock, exit code via process.exitCode. */
import { main } from './main';

main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  now: () => new Date(),
}).then((code) => {
  // exitCode, not exit(): a large --json document piped to another program must be flushed first.
  process.exitCode = code;
});
