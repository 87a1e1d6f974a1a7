/**
 * What the page's build puts in place of src/export/docx.ts for the pane's 保存 .docx (scripts/build-app.mjs):
 * the same function, done in a worker started for the one document (docxWorker.ts), from the text the page carries
 * in <script type="text/plain" id="wb-docx-worker">.
 */
import type { BulletinDocument } from '../core/bulletin/document';
import type { DocxReply } from './docxWorker';
import { carriedScript } from './loadWorkspace';

export function renderBulletinDocx(doc: BulletinDocument): Promise<Uint8Array> {
  const url = URL.createObjectURL(new Blob([carriedScript('wb-docx-worker')], { type: 'text/javascript' }));
  const worker = new Worker(url);
  const done = () => {
    worker.terminate();
    URL.revokeObjectURL(url);
  };
  return new Promise<Uint8Array>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<DocxReply>) => {
      done();
      if (event.data.ok) resolve(event.data.bytes);
      else reject(new Error(event.data.message));
    };
    worker.onerror = (event) => {
      done();
      reject(new Error(`生成 .docx 时出错：${event.message}`));
    };
    worker.postMessage(doc);
  });
}
