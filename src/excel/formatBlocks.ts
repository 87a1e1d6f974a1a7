/**
 * A plan's format block queued on one Excel range: one property assignment per block, never per cell. Number
 * formats are not set here: they must precede the values and travel with each value chunk (writeBatches.ts).
 */
import type { FormatBlock } from '../core/plan';
import { ACTION_OVERHEAD_BYTES } from './payload';

const HORIZONTAL = { left: 'Left', center: 'Center', right: 'Right' } as const;
const VERTICAL = { top: 'Top', center: 'Center', bottom: 'Bottom' } as const;

/** Thin black lines on every edge of every cell: the outline plus the inside lines where the block has any. */
function borderEdges(rows: number, cols: number): Excel.BorderIndex[] {
  const edges: Excel.BorderIndex[] = [
    'EdgeTop' as Excel.BorderIndex,
    'EdgeBottom' as Excel.BorderIndex,
    'EdgeLeft' as Excel.BorderIndex,
    'EdgeRight' as Excel.BorderIndex,
  ];
  if (rows > 1) edges.push('InsideHorizontal' as Excel.BorderIndex);
  if (cols > 1) edges.push('InsideVertical' as Excel.BorderIndex);
  return edges;
}

export function queueFormatBlock(range: Excel.Range, block: FormatBlock): void {
  const format = range.format;
  if (block.font) {
    // Excel takes one font name; where it is not installed Excel substitutes one itself. The plan's first
    // choice (仿宋_GB2312, 方正小标宋简体) is what a government office has, and what the file host writes too.
    format.font.name = block.font.name;
    format.font.size = block.font.size;
    if (block.font.bold !== undefined) format.font.bold = block.font.bold;
    if (block.font.color) format.font.color = block.font.color;
  }
  if (block.horizontal) format.horizontalAlignment = HORIZONTAL[block.horizontal] as Excel.HorizontalAlignment;
  if (block.vertical) format.verticalAlignment = VERTICAL[block.vertical] as Excel.VerticalAlignment;
  if (block.wrap !== undefined) format.wrapText = block.wrap;
  if (block.fill) format.fill.color = block.fill;
  if (block.borders === 'all-thin') {
    for (const edge of borderEdges(block.range.rows, block.range.cols)) {
      const border = format.borders.getItem(edge);
      border.style = 'Continuous' as Excel.BorderLineStyle;
      border.weight = 'Thin' as Excel.BorderWeight;
      border.color = '#000000';
    }
  }
}

/** Actions queueFormatBlock queues for a block (each property set is one action on the wire). */
export function formatBlockActions(block: FormatBlock): number {
  let n = 1; // the range itself
  if (block.font) n += 2 + (block.font.bold !== undefined ? 1 : 0) + (block.font.color ? 1 : 0);
  if (block.horizontal) n++;
  if (block.vertical) n++;
  if (block.wrap !== undefined) n++;
  if (block.fill) n++;
  if (block.borders === 'all-thin') n += borderEdges(block.range.rows, block.range.cols).length * 4;
  return n;
}

/** A format action carries a short property value (a font name, a colour): 64 bytes is ample beside the envelope. */
export const FORMAT_ACTION_BYTES = ACTION_OVERHEAD_BYTES + 64;
