/**
 * The 版记 after everything else: a rule across the whole text width, the 送 and 发 lines (4号仿宋, one character
 * in from each side, a wrapped line aligned after 「送：」), a rule, and the print run flush right. The rules are
 * paragraphs of their own because a paragraph border follows the paragraph's indents, and the standard's rules run
 * the full width while the text is indented. Everything but the print run keeps with the next paragraph, so the
 * 版记 stays on one page.
 */
import { AlignmentType, BorderStyle, LineRuleType, Paragraph } from 'docx';
import type { BulletinFoot } from '../../core/bulletin/document';
import { BULLETIN_FONTS as F } from '../fonts';
import { FOOT_RULE_PT, ptToTwips } from '../gbt9704';
import { BODY_LINE_TWIPS, charsTwips } from './paragraphs';
import { textRuns } from './runs';

function rule(): Paragraph {
  return new Paragraph({
    keepNext: true,
    spacing: { line: ptToTwips(2), lineRule: LineRuleType.EXACT, before: 0, after: ptToTwips(4) },
    border: { bottom: { style: BorderStyle.SINGLE, size: Math.round(FOOT_RULE_PT * 8), color: '000000', space: 0 } },
    children: [],
  });
}

function distributionLine(text: string): Paragraph {
  const label = text.indexOf('：') + 1 || 2;
  return new Paragraph({
    keepNext: true,
    keepLines: true,
    alignment: AlignmentType.LEFT,
    spacing: { line: BODY_LINE_TWIPS, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
    indent: { left: charsTwips(F.foot, 1 + label), right: charsTwips(F.foot, 1), hanging: charsTwips(F.foot, label) },
    children: textRuns(text, F.foot),
  });
}

export function footParagraphs(foot: BulletinFoot): Paragraph[] {
  return [
    // A blank line between the text (or the table) and the 版记.
    new Paragraph({ keepNext: true, spacing: { line: BODY_LINE_TWIPS, lineRule: LineRuleType.EXACT }, children: [] }),
    rule(),
    distributionLine(foot.send),
    distributionLine(foot.distribute),
    rule(),
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      spacing: { line: BODY_LINE_TWIPS, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
      indent: { right: charsTwips(F.foot, 1) },
      children: textRuns(foot.printRun, F.foot),
    }),
  ];
}
