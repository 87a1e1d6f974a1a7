/** Process entry of the bundled CLI (dist/cli/window-bulletin.cjs): real stdout/stderr/clock, exit code via process.exitCode. */
import { pipeWriter } from './closedPipe';
import { main } from './main';

main(process.argv.slice(2), {
  stdout: pipeWriter(process.stdout),
  stderr: pipeWriter(process.stderr),
  now: () => new Date(),
}).then((code) => {
  // exitCode, not exit(): a large --json document piped to another program must be flushed first.
  process.exitCode = code;
});
