/**
 * The bulletin's exports from the pane, in a chunk of their own that loads once a bulletin exists: 复制为网页格式
 * (HTML and plain text on the clipboard) and the .docx bytes. The docx library itself is a further chunk, loaded
 * only when 保存 .docx is pressed: it is the largest piece of the pane by far.
 */
import type { BulletinDocument } from '../core/bulletin/document';
import { bulletinSheetName } from '../core/bulletin/sheetPlan';
import { copyHtmlToClipboard, type CopyResult } from '../export/clipboard';
import { renderBulletinHtml } from '../export/html';
import { renderBulletinText } from '../export/text';

export function copyBulletin(doc: BulletinDocument): Promise<CopyResult> {
  return copyHtmlToClipboard(renderBulletinHtml(doc), renderBulletinText(doc));
}

export async function bulletinDocx(doc: BulletinDocument): Promise<Uint8Array> {
  const { renderBulletinDocx } = await import(/* webpackChunkName: "docx" */ '../export/docx');
  return renderBulletinDocx(doc);
}

/** 「2023年第38期周报.docx」: the issue, as the bulletin sheet is named. */
export function docxFileName(doc: BulletinDocument): string {
  return `${bulletinSheetName(doc).replace(/[\\/:*?"<>|]/g, '_')}.docx`;
}

export type BulletinExports = typeof import('./bulletinExport');
