/**
 * The red bulletin head (版头 of a 简报, not itself in GB/T 9704): the name in red 方正小标宋, the issue line and the
 * week under it, then the compiling unit flush left and the issue date flush right above a thick red rule.
 */
import { BorderStyle, LineRuleType, Paragraph, Tab, TabStopType, TextRun } from 'docx';
import type { BulletinHead } from '../../core/bulletin/document';
import { BULLETIN_FONTS as F } from '../fonts';
import { HEAD_RULE_PT, ptToTwips } from '../gbt9704';
import { TEXT_WIDTH_TWIPS } from './page';
import { BODY_LINE_TWIPS, lineParagraph } from './paragraphs';
import { runProps } from './runs';
import { xmlSafeText } from '../plainText';

/** Eighths of a point, the unit of Word's border widths. */
function eighths(pt: number): number {
  return Math.round(pt * 8);
}

export function headParagraphs(head: BulletinHead): Paragraph[] {
  const red = F.name.color.replace(/^#/, '');
  // The name's line is 1.6 times its size, so the red name stands clear of the lines under it.
  const nameLine = ptToTwips(F.name.size * 1.6);
  return [
    lineParagraph(head.name, F.name, 'center', nameLine, { spacing: { line: nameLine, lineRule: LineRuleType.EXACT, before: 0, after: ptToTwips(6) } }),
    lineParagraph(head.issueLine, F.issueLine, 'center', BODY_LINE_TWIPS),
    lineParagraph(head.dateRange, F.issueLine, 'center', BODY_LINE_TWIPS),
    new Paragraph({
      spacing: { line: BODY_LINE_TWIPS, lineRule: LineRuleType.EXACT, before: ptToTwips(12), after: BODY_LINE_TWIPS },
      tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH_TWIPS }],
      border: { bottom: { style: BorderStyle.SINGLE, size: eighths(HEAD_RULE_PT), color: red, space: 4 } },
      children: [
        new TextRun({ ...runProps(F.unitLine), text: xmlSafeText(head.unit) }),
        new TextRun({ ...runProps(F.unitLine), children: [new Tab()] }),
        new TextRun({ ...runProps(F.unitLine), text: xmlSafeText(head.issueDate) }),
      ],
    }),
  ];
}
