/**
 * The new sheet's cell formats added to the workbook's own styles part. A cell names its format by index into
 * <cellXfs>, and a format names its font, fill, border and number format by index too; so the new sheet's fonts,
 * fills, borders and formats are appended after the workbook's, their indices shifted, and the new sheet's cells
 * are renumbered by the same offset (see sheetPart.ts). The workbook's existing formats are not touched, so every
 * cell already in it looks exactly as before.
 *
 * The workbook's part is scanned once and only counted (how many fonts, fills, borders, formats; the custom number
 * format ids), never held as a DOM: Excel bloats styles parts to tens of megabytes (60,000 copies of the same cell
 * styles), and a DOM of 13.7 MB of them took 628 MB, while at 8.7 MB of another bloat V8 ran out of heap. The
 * additions are spliced into the original bytes (partEditor.ts).
 */
import { insertInOrder, PartEditor, qnameLike } from './partEditor';
import { attribute, scanPart, type ClosedElement, type Part, type ScannedElement } from './partScan';
import { attributeOf, childNode, childNodes, fragmentXml, parseFragment, setAttributeOf, type XmlNode } from './xmlFragment';

/** The children of <styleSheet> in the order the schema requires. */
const STYLESHEET_ORDER = ['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs', 'tableStyles', 'colors', 'extLst'];
/** The lists merged, and what each holds. */
const ITEM: Record<string, string> = { numFmts: 'numFmt', fonts: 'font', fills: 'fill', borders: 'border', cellStyleXfs: 'xf', cellXfs: 'xf' };
/** Number formats below this id are Excel's built-in ones, the same in every workbook. */
const FIRST_CUSTOM_NUMFMT = 164;

export interface MergedStyles {
  bytes: Buffer;
  /** Add to the new sheet's style indices (s="…"). */
  xfOffset: number;
}

/** What the workbook's styles part holds, as far as appending to it needs. */
interface StylesScan {
  root: ClosedElement;
  /** <styleSheet>'s children in its namespace, in document order. */
  children: ClosedElement[];
  /** Items in each list, by the list's name. */
  counts: Map<string, number>;
  /** The largest numFmtId the workbook uses (below the custom range when it has none). */
  lastNumFmtId: number;
}

/** Appends the formats of `added` (a styles part written for the new sheet alone) to the workbook's `existing`. */
export function mergeStyles(existing: Part, added: string): MergedStyles {
  const scan = scanStyles(existing);
  const ours = parseFragment(added, 'new sheet styles');
  if (ours.uri !== scan.root.uri) throw new Error(`部件 ${existing.path} 的命名空间与新工作表的样式不同`);
  const editor = new PartEditor(existing.bytes, existing.encoding);
  const base = (list: string) => scan.counts.get(list) ?? 0;

  const numFmtIds = renumberNumFmts(ours, scan.lastNumFmtId);
  const hasCellStyle = base('cellStyleXfs') > 0;
  for (const xf of childNodes(childNode(ours, 'cellXfs') ?? ours, 'xf')) {
    shift(xf, 'fontId', base('fonts'));
    shift(xf, 'fillId', base('fills'));
    shift(xf, 'borderId', base('borders'));
    const numFmtId = Number(attributeOf(xf, 'numFmtId') ?? 0);
    setAttributeOf(xf, 'numFmtId', String(numFmtIds.get(numFmtId) ?? numFmtId));
    // A format's parent cell style: the workbook's first one (Normal) when it has any.
    setAttributeOf(xf, 'xfId', hasCellStyle ? '0' : null);
  }
  for (const list of ['numFmts', 'fonts', 'fills', 'borders', 'cellXfs']) {
    const items = childNodes(childNode(ours, list) ?? ours, ITEM[list]);
    if (items.length > 0) appendItems(editor, scan, list, items);
  }
  return { bytes: editor.result(), xfOffset: base('cellXfs') };
}

function scanStyles(part: Part): StylesScan {
  let root: ScannedElement | null = null;
  let closedRoot: ClosedElement | null = null;
  const children: ClosedElement[] = [];
  const counts = new Map<string, number>();
  let lastNumFmtId = FIRST_CUSTOM_NUMFMT - 1;
  let list: string | null = null;
  scanPart(part, {
    open(el) {
      if (el.depth === 0) root = el;
      else if (el.uri !== root!.uri) return;
      // Not Object.hasOwn: the web page runs this in Chromium 86, which predates it (93).
      else if (el.depth === 1) list = Object.prototype.hasOwnProperty.call(ITEM, el.local) ? el.local : null;
      else if (el.depth === 2 && list !== null && el.local === ITEM[list]) {
        counts.set(list, (counts.get(list) ?? 0) + 1);
        const id = Number(attribute(el, 'numFmtId'));
        if (list === 'numFmts' && Number.isFinite(id)) lastNumFmtId = Math.max(lastNumFmtId, id);
      }
    },
    close(el) {
      if (el.depth === 0) closedRoot = el;
      else if (el.depth === 1 && el.uri === root!.uri) {
        children.push(el);
        list = null;
      }
    },
  });
  if (!closedRoot || (closedRoot as ClosedElement).local !== 'styleSheet') throw new Error(`部件 ${part.path} 不是样式表`);
  return { root: closedRoot, children, counts, lastNumFmtId };
}

/** `items` (ours) after the workbook's own in `list`, which is made where the schema puts it if the workbook has none. */
function appendItems(editor: PartEditor, scan: StylesScan, list: string, items: XmlNode[]): void {
  const existing = scan.children.find((c) => c.local === list);
  const host = existing ?? scan.root;
  const xml = items.map((item) => fragmentXml(item, host.uri, host.prefix, host.scope)).join('');
  const count = String((scan.counts.get(list) ?? 0) + items.length);
  if (existing) {
    editor.setAttribute(existing, 'count', count);
    editor.appendInside(existing, xml);
  } else {
    const qname = qnameLike(scan.root, list);
    insertInOrder(editor, scan.root, scan.children, STYLESHEET_ORDER, list, `<${qname} count="${count}">${xml}</${qname}>`);
  }
}

/** Our custom number formats under fresh ids after the workbook's; returns our id → the id it now has. */
function renumberNumFmts(ours: XmlNode, lastTaken: number): Map<number, number> {
  const renumbered = new Map<number, number>();
  let next = lastTaken + 1;
  for (const fmt of childNodes(childNode(ours, 'numFmts') ?? ours, 'numFmt')) {
    renumbered.set(Number(attributeOf(fmt, 'numFmtId')), next);
    setAttributeOf(fmt, 'numFmtId', String(next++));
  }
  return renumbered;
}

function shift(node: XmlNode, attribute: string, by: number): void {
  setAttributeOf(node, attribute, String(Number(attributeOf(node, attribute) ?? 0) + by));
}
