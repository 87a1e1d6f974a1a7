/**
 * The page: A4 with GB/T 9704 margins and a line grid of the body's pitch (Word's 文档网格 「只指定行网格」; the
 * body's exact 28.95 pt line spacing is what gives 22 lines, and a character grid is not used: see
 * condenseTwentieths in gbt9704.ts for why the 28 characters come from condensed runs), and the page numbers 「— 1 —」 in 4号宋体, odd pages
 * at the right and even pages at the left, each one character in from the text block's edge.
 */
import { AlignmentType, DocumentGridType, Footer, PageNumber, Paragraph, TextRun, type ISectionPropertiesOptions } from 'docx';
import { PAGE_NUMBER_FONT } from '../fonts';
import { BODY_LINE_PT, MARGIN_MM, PAGE_MM, PAGE_NUMBER_GAP_MM, mmToTwips, ptToTwips } from '../gbt9704';
import { runProps } from './runs';

/** The text block's width in twips: where right-aligned tab stops and tables end. */
export const TEXT_WIDTH_TWIPS = mmToTwips(PAGE_MM.width) - mmToTwips(MARGIN_MM.left) - mmToTwips(MARGIN_MM.right);

export function pageProperties(): ISectionPropertiesOptions {
  // The footer's bottom edge: the number's top is 7 mm under the text block, and the number is one 4号 line tall.
  const numberLineMm = (PAGE_NUMBER_FONT.size * 1.3 * 25.4) / 72;
  return {
    page: {
      size: { width: mmToTwips(PAGE_MM.width), height: mmToTwips(PAGE_MM.height) },
      margin: {
        top: mmToTwips(MARGIN_MM.top),
        left: mmToTwips(MARGIN_MM.left),
        right: mmToTwips(MARGIN_MM.right),
        bottom: mmToTwips(MARGIN_MM.bottom),
        header: mmToTwips(15),
        footer: mmToTwips(MARGIN_MM.bottom - PAGE_NUMBER_GAP_MM - numberLineMm),
        gutter: 0,
      },
    },
    grid: { type: DocumentGridType.LINES, linePitch: ptToTwips(BODY_LINE_PT) },
  };
}

function pageNumberFooter(side: 'odd' | 'even'): Footer {
  const oneChar = ptToTwips(PAGE_NUMBER_FONT.size);
  // 宋体 for the digits too: the dashes and the number are one face, as the standard prints them.
  const props = runProps(PAGE_NUMBER_FONT, PAGE_NUMBER_FONT.name);
  return new Footer({
    children: [
      new Paragraph({
        alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === 'odd' ? { right: oneChar } : { left: oneChar },
        children: [new TextRun({ ...props, children: ['— ', PageNumber.CURRENT, ' —'] })],
      }),
    ],
  });
}

/** `default` serves odd pages once the document turns on even-and-odd footers. */
export function pageNumberFooters(): { default: Footer; even: Footer } {
  return { default: pageNumberFooter('odd'), even: pageNumberFooter('even') };
}
