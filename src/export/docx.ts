/**
 * The bulletin as a .docx following GB/T 9704-2012: A4 with its margins, body 3号仿宋_GB2312 on a fixed 28.95 pt
 * line (22 lines a page), headings 一、 in 黑体 and （一） in 楷体_GB2312, the red head and rule, the attachment
 * on its own page with its header row repeated, the 版记, and page numbers 「— 1 —」 in the footer.
 * Works in Node and in the browser (the pane saves the bytes as a file).
 */
import { Document, Packer, type Paragraph, type Table } from 'docx';
import type { BulletinBlock, BulletinDocument } from '../core/bulletin/document';
import type { FontSpec } from '../core/plan';
import { attachmentNote, attachmentPart } from './docx/attachment';
import { FONT_TABLE_PATH, fontTableXml } from './docx/fontTable';
import { footParagraphs } from './docx/foot';
import { headParagraphs } from './docx/head';
import { pageNumberFooters, pageProperties } from './docx/page';
import { headingParagraph, textParagraph } from './docx/paragraphs';
import { runProps } from './docx/runs';
import { BULLETIN_FONTS as F, LATIN_FONT, PAGE_NUMBER_FONT } from './fonts';
import { xmlSafeText } from './plainText';

function headingFont(level: 1 | 2 | 3): FontSpec {
  return level === 1 ? F.heading1 : level === 2 ? F.heading2 : F.body;
}

function blockParagraph(block: BulletinBlock): Paragraph {
  return block.kind === 'heading' ? headingParagraph(block.text, headingFont(block.level)) : textParagraph(block.text, F.body);
}

export async function renderBulletinDocx(doc: BulletinDocument): Promise<Uint8Array> {
  const children: (Paragraph | Table)[] = [
    ...headParagraphs(doc.head),
    ...doc.blocks.map(blockParagraph),
    ...(doc.attachment ? [attachmentNote(doc.attachment), ...attachmentPart(doc.attachment)] : []),
    ...footParagraphs(doc.foot),
  ];
  const document = new Document({
    title: xmlSafeText(`${doc.head.name} ${doc.head.issueLine}`),
    creator: xmlSafeText(doc.head.unit),
    evenAndOddHeaderAndFooters: true,
    // Empty paragraphs and anything without its own run properties: body text.
    styles: { default: { document: { run: runProps(F.body) } } },
    sections: [{ properties: pageProperties(), footers: pageNumberFooters(), children }],
  });
  const faces = [...Object.values(F).map((f) => f.name), PAGE_NUMBER_FONT.name, LATIN_FONT];
  return Packer.pack(document, 'uint8array', false, [{ path: FONT_TABLE_PATH, data: fontTableXml(faces) }]);
}
