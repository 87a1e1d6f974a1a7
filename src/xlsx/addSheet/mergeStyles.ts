/**
 * The new sheet's cell formats added to the workbook's own styles part. A cell names its format by index into
 * <cellXfs>, and a format names its font, fill, border and number format by index too; so the new sheet's fonts,
 * fills, borders and formats are appended after the workbook's, their indices shifted, and the new sheet's cells
 * are renumbered by the same offset (see sheetPart.ts). The workbook's existing formats are not touched, so every
 * cell already in it looks exactly as before.
 */
import { childNamed, childrenNamed, ensureChild, importInto, parseXml, serializeXml, type XmlElement } from './xmlDom';

/** The children of <styleSheet> in the order the schema requires. */
const STYLESHEET_ORDER = ['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs', 'tableStyles', 'colors', 'extLst'];
/** Number formats below this id are Excel's built-in ones, the same in every workbook. */
const FIRST_CUSTOM_NUMFMT = 164;

export interface MergedStyles {
  xml: string;
  /** Add to the new sheet's style indices (s="…"). */
  xfOffset: number;
}

/** Appends the formats of `added` (a styles part written for the new sheet alone) to the workbook's `existing`. */
export function mergeStyles(existing: string, added: string, part: string): MergedStyles {
  const doc = parseXml(existing, part);
  const root = doc.documentElement!;
  const ours = parseXml(added, 'new sheet styles').documentElement!;

  const numFmtIds = appendNumFmts(root, ours);
  const fontBase = appendAll(root, ours, 'fonts', 'font');
  const fillBase = appendAll(root, ours, 'fills', 'fill');
  const borderBase = appendAll(root, ours, 'borders', 'border');
  // A format's parent cell style: the workbook's first one (Normal) when it has any.
  const cellStyleXfs = childNamed(root, 'cellStyleXfs');
  const hasCellStyle = cellStyleXfs !== null && childrenNamed(cellStyleXfs, 'xf').length > 0;

  const cellXfs = ensureChild(root, 'cellXfs', STYLESHEET_ORDER);
  const xfOffset = childrenNamed(cellXfs, 'xf').length;
  for (const xf of childrenNamed(childNamed(ours, 'cellXfs') ?? ours, 'xf')) {
    const copy = importInto(cellXfs, xf);
    shift(copy, 'fontId', fontBase);
    shift(copy, 'fillId', fillBase);
    shift(copy, 'borderId', borderBase);
    const numFmtId = Number(copy.getAttribute('numFmtId') ?? 0);
    copy.setAttribute('numFmtId', String(numFmtIds.get(numFmtId) ?? numFmtId));
    if (hasCellStyle) copy.setAttribute('xfId', '0');
    else copy.removeAttribute('xfId');
    cellXfs.appendChild(copy);
  }
  setCount(cellXfs, 'xf');
  return { xml: serializeXml(doc), xfOffset };
}

/** Appends our <item>s to the workbook's <list>; returns the index the first of them got. */
function appendAll(root: XmlElement, ours: XmlElement, list: string, item: string): number {
  const target = ensureChild(root, list, STYLESHEET_ORDER);
  const base = childrenNamed(target, item).length;
  const source = childNamed(ours, list);
  if (source) for (const el of childrenNamed(source, item)) target.appendChild(importInto(target, el));
  setCount(target, item);
  return base;
}

/** Our custom number formats under fresh ids after the workbook's; returns our id → the id it now has. */
function appendNumFmts(root: XmlElement, ours: XmlElement): Map<number, number> {
  const renumbered = new Map<number, number>();
  const source = childNamed(ours, 'numFmts');
  if (!source || childrenNamed(source, 'numFmt').length === 0) return renumbered;
  const target = ensureChild(root, 'numFmts', STYLESHEET_ORDER);
  const taken = childrenNamed(target, 'numFmt').map((n) => Number(n.getAttribute('numFmtId')));
  let next = Math.max(FIRST_CUSTOM_NUMFMT - 1, ...taken.filter(Number.isFinite)) + 1;
  for (const fmt of childrenNamed(source, 'numFmt')) {
    const copy = importInto(target, fmt);
    renumbered.set(Number(fmt.getAttribute('numFmtId')), next);
    copy.setAttribute('numFmtId', String(next++));
    target.appendChild(copy);
  }
  setCount(target, 'numFmt');
  return renumbered;
}

function shift(el: XmlElement, attribute: string, by: number): void {
  el.setAttribute(attribute, String(Number(el.getAttribute(attribute) ?? 0) + by));
}

function setCount(list: XmlElement, item: string): void {
  list.setAttribute('count', String(childrenNamed(list, item).length));
}
