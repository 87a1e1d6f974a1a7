/**
 * The worker that holds the workbook, started from its own source text carried inside the page (a blob: URL):
 * a worker script file would not load from file://, and the page must work when opened from a folder or a mail.
 * The text sits in <script type="text/plain" id="wb-host-worker">, never parsed on the page's thread.
 */
import { carriedScript } from './loadWorkspace';

export function startWorker(): Worker {
  const url = URL.createObjectURL(new Blob([carriedScript('wb-host-worker')], { type: 'text/javascript' }));
  const worker = new Worker(url);
  // The worker has fetched its script by the time it runs; the URL is not needed after it starts.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return worker;
}
