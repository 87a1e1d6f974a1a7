/**
 * Writing to a pipe whose reader has gone (`rank x.xlsx --json | head -1`): the write fails with EPIPE, which
 * Node raises as an 'error' event and, with no listener, a crash with a stack trace. The reader took what it
 * wanted, as `head` means to; the rest is dropped and the command finishes normally — its files written or not,
 * as without the pipe — so nothing is left half-done and the exit code is the command's own.
 */
export function pipeWriter(stream: NodeJS.WriteStream): (text: string) => void {
  let closed = false;
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') closed = true;
    else throw e;
  });
  return (text) => {
    if (!closed) stream.write(text);
  };
}
