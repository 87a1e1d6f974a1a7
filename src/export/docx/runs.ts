/**
 * Every piece of bulletin text becomes plain TextRuns: never a field, hyperlink or symbol, whatever it looks like
 * ("=1+1", "{ HYPERLINK … }", "<script>"). The docx package escapes the text into <w:t>, so it stays literal.
 */
import { TextRun } from 'docx';
import type { FontSpec } from '../../core/plan';
import { LATIN_FONT } from '../fonts';
import { textLines } from '../plainText';

/**
 * The run properties of a face. The Chinese face goes in w:eastAsia; `hint: eastAsia` makes Word set the
 * characters Chinese and Latin share (“ ” — … ·) in the Chinese face, as typed Chinese text has them.
 * `latin` is the face for digits and letters: Times New Roman in the text, the Chinese face itself where the
 * standard wants that (the page number in 宋体).
 */
export function runProps(spec: FontSpec, latin: string = LATIN_FONT) {
  return {
    font: { eastAsia: spec.name, ascii: latin, hAnsi: latin, cs: latin, hint: 'eastAsia' },
    size: Math.round(spec.size * 2),
    ...(spec.bold ? { bold: true } : {}),
    ...(spec.color ? { color: spec.color.replace(/^#/, '') } : {}),
  };
}

/**
 * The runs of one text: one run per line, joined by line breaks (a cell typed with Alt+Enter keeps its breaks).
 * `condense`: twentieths of a point each character is set closer (w:spacing), for text on the 28-a-line measure.
 */
export function textRuns(text: string, spec: FontSpec, condense = 0): TextRun[] {
  const props = { ...runProps(spec), ...(condense !== 0 ? { characterSpacing: condense } : {}) };
  return textLines(text).map((line, i) => new TextRun({ ...props, text: line, ...(i > 0 ? { break: 1 } : {}) }));
}
