/**
 * The drawing part that places charts on a worksheet (SpreadsheetML drawing, ISO/IEC 29500-1 §20.5): one
 * two-cell anchor per chart, a graphic frame pointing at the chart part by relationship id.
 */
import type { CellRange } from '../core/cell';
import { escapeXml } from './chartPart';

export const DRAWING_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.drawing+xml';

export interface PlacedChart {
  anchor: CellRange;
  relId: string;
  name: string;
}

function marker(tag: 'from' | 'to', row: number, col: number): string {
  return `<xdr:${tag}><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
}

export function drawingPartXml(charts: readonly PlacedChart[]): string {
  const anchors = charts
    .map(
      (c, k) =>
        `<xdr:twoCellAnchor editAs="oneCell">${marker('from', c.anchor.row, c.anchor.col)}${marker('to', c.anchor.row + c.anchor.rows, c.anchor.col + c.anchor.cols)}` +
        `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${k + 2}" name="${escapeXml(c.name)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
        '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
        '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">' +
        `<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" r:id="${c.relId}"/>` +
        '</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>',
    )
    .join('');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ' +
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    anchors +
    '</xdr:wsDr>'
  );
}
