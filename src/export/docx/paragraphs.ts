/**
 * The paragraph shapes the bulletin uses: body text on the fixed GB/T 9704 line, indented two characters and
 * justified, and centred or left lines. Headings keep with what follows so that none ends a page.
 */
import { AlignmentType, LineRuleType, Paragraph, type IParagraphOptions } from 'docx';
import type { FontSpec } from '../../core/plan';
import { BODY_LINE_PT, condenseTwentieths, FIRST_LINE_INDENT_CHARS, ptToTwips } from '../gbt9704';
import { textRuns } from './runs';

export const BODY_LINE_TWIPS = ptToTwips(BODY_LINE_PT);

/** One character of a face's size, in twips: the unit of Chinese indents. */
export function charsTwips(spec: FontSpec, chars: number): number {
  return ptToTwips(spec.size * chars);
}

type Extra = Omit<IParagraphOptions, 'children' | 'text'>;

/**
 * A paragraph of running text: fixed line, first line indented two characters, justified on both sides, its
 * characters set on the standard's measure of 28 a line.
 */
export function textParagraph(text: string, spec: FontSpec, extra: Extra = {}): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.BOTH,
    spacing: { line: BODY_LINE_TWIPS, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
    indent: { firstLine: charsTwips(spec, FIRST_LINE_INDENT_CHARS) },
    ...extra,
    children: textRuns(text, spec, condenseTwentieths(spec.size)),
  });
}

/** A heading: set like body text in its own face, kept on the page of the paragraph after it. */
export function headingParagraph(text: string, spec: FontSpec): Paragraph {
  return textParagraph(text, spec, { keepNext: true, keepLines: true });
}

/** A line of its own, centred (titles) or flush left (「附件」), on a given line height. */
export function lineParagraph(text: string, spec: FontSpec, align: 'center' | 'left', lineTwips: number, extra: Extra = {}): Paragraph {
  return new Paragraph({
    alignment: align === 'center' ? AlignmentType.CENTER : AlignmentType.LEFT,
    spacing: { line: lineTwips, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
    ...extra,
    children: textRuns(text, spec),
  });
}
