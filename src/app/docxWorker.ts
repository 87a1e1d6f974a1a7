/**
 * A worker that lays out the bulletin's .docx (src/export/docx.ts), started only when 保存 .docx is pressed. The
 * pane loads the docx library on demand as a chunk of its own; the page, a single file, cannot split off chunks,
 * and the library is the largest piece of the page's script (230 KB): carried as worker text it is parsed only
 * when used, and the page's own script stays within the pane's size budget.
 */
import type { BulletinDocument } from '../core/bulletin/document';
import { renderBulletinDocx } from '../export/docx';

export type DocxReply = { ok: true; bytes: Uint8Array } | { ok: false; message: string };

const scope = self as unknown as { postMessage(message: DocxReply): void; onmessage: ((e: MessageEvent<BulletinDocument>) => void) | null };

scope.onmessage = (event) => {
  renderBulletinDocx(event.data).then(
    (bytes) => scope.postMessage({ ok: true, bytes }),
    (error: unknown) => scope.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) }),
  );
};
