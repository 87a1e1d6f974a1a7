/**
 * A ChartSpec as a DrawingML chart part (ISO/IEC 29500-1 §21.2, chart namespace), the XML Excel itself writes for
 * a line or bar chart: series point at the sheet's cells (c:f) and carry their values (c:numCache / c:strCache),
 * so Excel and LibreOffice draw the chart at once and Excel redraws it when the cells change. Elements are in the
 * schema's sequence order, which Excel enforces (it repairs a file whose chart has them out of order).
 * No chart library is used: the ones on npm draw pictures (SVG, canvas), not OOXML chart parts, and ExcelJS
 * does not write charts; the part is about 150 lines of XML we control.
 */
import { columnLetters } from '../core/address';
import type { CellRange } from '../core/cell';
import type { ChartSeriesSpec, ChartSpec } from '../core/history/chartSpec';

export const CHART_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml';
const NS_C = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
const NS_A = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const NS_R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** Distinct colours for up to 20 lines, then repeated with dashes (Office's own palette is 6). */
const PALETTE = [
  'C00000', '1F4E79', '548235', 'BF8F00', '7030A0', '00B0F0', 'ED7D31', '375623', 'FF66CC', '7F7F7F',
  '002060', 'A9D18E', '843C0C', '2E75B6', 'FFC000', '5B9BD5', '70AD47', 'C55A11', '8064A2', '4BACC6',
];

export function escapeXml(text: string): string {
  // Control characters other than tab and line breaks are not allowed in XML 1.0 at all.
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/gu, '')
    .replace(/&/gu, '&amp;')
    .replace(/</gu, '&lt;')
    .replace(/>/gu, '&gt;')
    .replace(/"/gu, '&quot;');
}

/** 'Sheet name'!$C$5:$N$5: always quoted, quotes inside doubled, as Excel writes references to CJK sheet names. */
export function absoluteRef(sheet: string, range: CellRange): string {
  const cell = (row: number, col: number) => `$${columnLetters(col)}$${row + 1}`;
  const start = cell(range.row, range.col);
  const end = cell(range.row + range.rows - 1, range.col + range.cols - 1);
  return `'${sheet.replace(/'/gu, "''")}'!${start === end ? start : `${start}:${end}`}`;
}

function strCache(values: readonly string[]): string {
  const pts = values.map((v, i) => `<c:pt idx="${i}"><c:v>${escapeXml(v)}</c:v></c:pt>`).join('');
  return `<c:strCache><c:ptCount val="${values.length}"/>${pts}</c:strCache>`;
}

function numCache(values: readonly (number | null)[]): string {
  // A blank cell has no point: the chart shows a gap there (dispBlanksAs="gap").
  const pts = values.map((v, i) => (v === null ? '' : `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`)).join('');
  return `<c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${values.length}"/>${pts}</c:numCache>`;
}

function richText(text: string, size: number, bold: boolean): string {
  const rpr = `<a:rPr lang="zh-CN" altLang="en-US" sz="${size}" b="${bold ? 1 : 0}"/>`;
  return `<c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}" b="${bold ? 1 : 0}"/></a:pPr><a:r>${rpr}<a:t>${escapeXml(text)}</a:t></a:r></a:p></c:rich></c:tx>`;
}

function title(text: string, size: number): string {
  return `<c:title>${richText(text, size, true)}<c:overlay val="0"/></c:title>`;
}

function lineSpPr(k: number): string {
  const colour = PALETTE[k % PALETTE.length];
  const dash = k >= PALETTE.length ? '<a:prstDash val="dash"/>' : '';
  return `<c:spPr><a:ln w="22225" cap="rnd"><a:solidFill><a:srgbClr val="${colour}"/></a:solidFill>${dash}<a:round/></a:ln></c:spPr>`;
}

function seriesHead(sheet: string, s: ChartSeriesSpec, k: number): string {
  return `<c:idx val="${k}"/><c:order val="${k}"/><c:tx><c:strRef><c:f>${escapeXml(absoluteRef(sheet, { ...s.nameCell, rows: 1, cols: 1 }))}</c:f>${strCache([s.name])}</c:strRef></c:tx>`;
}

function catAndVal(sheet: string, spec: ChartSpec, s: ChartSeriesSpec): string {
  const cat = `<c:cat><c:strRef><c:f>${escapeXml(absoluteRef(sheet, spec.categories))}</c:f>${strCache(spec.categoryLabels)}</c:strRef></c:cat>`;
  const val = `<c:val><c:numRef><c:f>${escapeXml(absoluteRef(sheet, s.values))}</c:f>${numCache(s.cached)}</c:numRef></c:val>`;
  return cat + val;
}

function lineSeries(sheet: string, spec: ChartSpec, s: ChartSeriesSpec, k: number): string {
  const colour = PALETTE[k % PALETTE.length];
  const marker = `<c:marker><c:symbol val="circle"/><c:size val="5"/><c:spPr><a:solidFill><a:srgbClr val="${colour}"/></a:solidFill><a:ln><a:solidFill><a:srgbClr val="${colour}"/></a:solidFill></a:ln></c:spPr></c:marker>`;
  return `<c:ser>${seriesHead(sheet, s, k)}${lineSpPr(k)}${marker}${catAndVal(sheet, spec, s)}<c:smooth val="0"/></c:ser>`;
}

function barSeries(sheet: string, spec: ChartSpec, s: ChartSeriesSpec, k: number): string {
  const fill = `<c:spPr><a:solidFill><a:srgbClr val="${PALETTE[(k + 1) % PALETTE.length]}"/></a:solidFill></c:spPr>`;
  const labels =
    '<c:dLbls><c:numFmt formatCode="0.00" sourceLinked="0"/><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>' +
    '<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="800"/></a:pPr><a:endParaRPr lang="zh-CN"/></a:p></c:txPr>' +
    '<c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>';
  return `<c:ser>${seriesHead(sheet, s, k)}${fill}<c:invertIfNegative val="0"/>${labels}${catAndVal(sheet, spec, s)}</c:ser>`;
}

const CAT_AX = 500000001;
const VAL_AX = 500000002;

function scaling(reverse: boolean, min?: number, max?: number): string {
  const bounds = `${max === undefined ? '' : `<c:max val="${max}"/>`}${min === undefined ? '' : `<c:min val="${min}"/>`}`;
  return `<c:scaling><c:orientation val="${reverse ? 'maxMin' : 'minMax'}"/>${bounds}</c:scaling>`;
}

const AXIS_TEXT = '<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="900"/></a:pPr><a:endParaRPr lang="zh-CN"/></a:p></c:txPr>';

/**
 * The axes. A reversed axis moves the other axis to its far end; `crosses="max"` on that other axis puts it back
 * at the bottom (ranks: 1 at the top, months along the bottom) or the left.
 */
function axes(spec: ChartSpec): string {
  const horizontalBars = spec.kind === 'bar';
  const catPos = horizontalBars ? 'l' : 'b';
  const valPos = horizontalBars ? 'b' : 'l';
  const catCrosses = spec.reverseValues ? 'max' : 'autoZero';
  const valCrosses = spec.reverseCategories ? 'max' : 'autoZero';
  const cat =
    `<c:catAx><c:axId val="${CAT_AX}"/>${scaling(spec.reverseCategories === true)}<c:delete val="0"/><c:axPos val="${catPos}"/>` +
    `<c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>${AXIS_TEXT}` +
    `<c:crossAx val="${VAL_AX}"/><c:crosses val="${catCrosses}"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/>` +
    `${horizontalBars ? '<c:tickLblSkip val="1"/>' : ''}<c:noMultiLvlLbl val="0"/></c:catAx>`;
  const val =
    `<c:valAx><c:axId val="${VAL_AX}"/>${scaling(spec.reverseValues === true, spec.min, spec.max)}<c:delete val="0"/><c:axPos val="${valPos}"/>` +
    `<c:majorGridlines><c:spPr><a:ln w="6350"><a:solidFill><a:srgbClr val="D9D9D9"/></a:solidFill></a:ln></c:spPr></c:majorGridlines>` +
    `${spec.valueTitle ? title(spec.valueTitle, 900) : ''}<c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="out"/>` +
    `<c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>${AXIS_TEXT}<c:crossAx val="${CAT_AX}"/><c:crosses val="${valCrosses}"/>` +
    `<c:crossBetween val="between"/>${spec.kind === 'line' && spec.reverseValues ? '<c:majorUnit val="1"/>' : ''}</c:valAx>`;
  return cat + val;
}

/** The chart part's XML for a chart on `sheet` (whose cells the series refer to). */
export function chartPartXml(sheet: string, spec: ChartSpec): string {
  const plot =
    spec.kind === 'line'
      ? `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${spec.series.map((s, k) => lineSeries(sheet, spec, s, k)).join('')}` +
        `<c:marker val="1"/><c:axId val="${CAT_AX}"/><c:axId val="${VAL_AX}"/></c:lineChart>`
      : `<c:barChart><c:barDir val="bar"/><c:grouping val="clustered"/><c:varyColors val="0"/>${spec.series.map((s, k) => barSeries(sheet, spec, s, k)).join('')}` +
        `<c:gapWidth val="50"/><c:axId val="${CAT_AX}"/><c:axId val="${VAL_AX}"/></c:barChart>`;
  const legend = spec.series.length > 1 ? '<c:legend><c:legendPos val="r"/><c:overlay val="0"/></c:legend>' : '';
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<c:chartSpace xmlns:c="${NS_C}" xmlns:a="${NS_A}" xmlns:r="${NS_R}">` +
    '<c:lang val="zh-CN"/><c:roundedCorners val="0"/>' +
    `<c:chart>${title(spec.title, 1200)}<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>${plot}${axes(spec)}</c:plotArea>` +
    `${legend}<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>` +
    '<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="900"><a:latin typeface="+mn-lt"/><a:ea typeface="+mn-ea"/></a:defRPr></a:pPr><a:endParaRPr lang="zh-CN"/></a:p></c:txPr>' +
    '<c:printSettings><c:headerFooter/><c:pageMargins b="0.75" l="0.7" r="0.7" t="0.75" header="0.3" footer="0.3"/><c:pageSetup/></c:printSettings>' +
    '</c:chartSpace>'
  );
}
