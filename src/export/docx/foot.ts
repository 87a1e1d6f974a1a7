/**
 * The 版记 at the foot of the last page (GB/T 9704 7.4): a thick rule across the whole text width, the 送 and 发
 * lines (4号仿宋, one character in from each side, a wrapped line aligned after 「送：」), a thin rule, the print run
 * flush right, and a thick last rule lying on the text block's bottom edge.
 *
 * How it gets to the foot: it is a text box (DrawingML, wps) anchored to the last paragraph and aligned to the
 * bottom of the margin box, with text kept above and below it (wrapTopAndBottom). Word, WPS and LibreOffice all
 * place it at the foot of the page its anchor falls on, the last page, whatever the body or attachment leaves free,
 * and move it with its anchor to a page of its own when that page is too full.
 * Two simpler ways were measured in LibreOffice 7.4 and fail there: framed paragraphs (w:framePr) stay in the
 * text flow unless every paragraph has the same borders, and the 版记's rules differ; a floating table
 * (w:tblpPr, bottom) is laid out inline. The docx package writes neither text boxes of this kind nor anchors,
 * so the box is written here as XML; its text goes through the same escaping as every other run.
 */
import { ImportedXmlComponent, LineRuleType, Paragraph, type ParagraphChild } from 'docx';
import type { BulletinFoot } from '../../core/bulletin/document';
import type { FontSpec } from '../../core/plan';
import { BULLETIN_FONTS as F, LATIN_FONT } from '../fonts';
import { FOOT_RULE_PT, FOOT_THIN_RULE_PT, TEXT_BLOCK_MM, ptToTwips } from '../gbt9704';
import { xmlSafeText } from '../plainText';
import { BODY_LINE_TWIPS, charsTwips } from './paragraphs';

const EMU_PER_MM = 36000;
const EMU_PER_TWIP = 635;
/** Space under a rule before the next line, in twips. */
const RULE_GAP_TWIPS = ptToTwips(4);
/** A rule's own paragraph: 2 pt high, the border at its foot. */
const RULE_LINE_TWIPS = ptToTwips(2);

function escapeXml(text: string): string {
  return xmlSafeText(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function runXml(text: string, spec: FontSpec): string {
  const face = escapeXml(spec.name);
  const size = Math.round(spec.size * 2);
  return (
    `<w:r><w:rPr><w:rFonts w:ascii="${LATIN_FONT}" w:hAnsi="${LATIN_FONT}" w:cs="${LATIN_FONT}" w:eastAsia="${face}" w:hint="eastAsia"/>` +
    `<w:sz w:val="${size}"/><w:szCs w:val="${size}"/></w:rPr><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`
  );
}

function ruleXml(pt: number, after: number): string {
  return (
    `<w:p><w:pPr><w:pBdr><w:bottom w:val="single" w:sz="${Math.round(pt * 8)}" w:space="0" w:color="000000"/></w:pBdr>` +
    `<w:spacing w:before="0" w:after="${after}" w:line="${RULE_LINE_TWIPS}" w:lineRule="exact"/></w:pPr></w:p>`
  );
}

function lineXml(text: string, indent: string, align: 'left' | 'right'): string {
  return (
    `<w:p><w:pPr><w:keepNext/><w:spacing w:before="0" w:after="0" w:line="${BODY_LINE_TWIPS}" w:lineRule="exact"/>${indent}` +
    `<w:jc w:val="${align}"/></w:pPr>${runXml(text, F.foot)}</w:p>`
  );
}

function distributionXml(text: string): string {
  const label = text.indexOf('：') + 1 || 2;
  const indent = `<w:ind w:left="${charsTwips(F.foot, 1 + label)}" w:right="${charsTwips(F.foot, 1)}" w:hanging="${charsTwips(F.foot, label)}"/>`;
  return lineXml(text, indent, 'left');
}

/** Lines a distribution line wraps to: characters of the foot size on the line after its indents (ASCII half). */
function linesOf(text: string): number {
  const label = text.indexOf('：') + 1 || 2;
  const capacity = Math.floor((TEXT_BLOCK_MM.width * (72 / 25.4)) / F.foot.size) - 2 - label;
  let em = 0;
  for (const ch of text) em += ch.codePointAt(0)! < 0x80 ? 0.5 : 1;
  return Math.max(1, Math.ceil((em - label) / capacity));
}

/**
 * The box's height in twips, as its lines add up. Fixed (noAutofit) with the text at its foot: LibreOffice shrinks a
 * box that fits its text from the top, which would lift the last rule off the bottom edge.
 */
function boxTwips(foot: BulletinFoot): number {
  const textLines = linesOf(foot.send) + linesOf(foot.distribute) + 1;
  return 3 * RULE_LINE_TWIPS + 2 * RULE_GAP_TWIPS + textLines * BODY_LINE_TWIPS;
}

function textBoxXml(foot: BulletinFoot): string {
  const width = Math.round(TEXT_BLOCK_MM.width * EMU_PER_MM);
  const height = boxTwips(foot) * EMU_PER_TWIP;
  const content =
    ruleXml(FOOT_RULE_PT, RULE_GAP_TWIPS) +
    distributionXml(foot.send) +
    distributionXml(foot.distribute) +
    ruleXml(FOOT_THIN_RULE_PT, RULE_GAP_TWIPS) +
    lineXml(foot.printRun, `<w:ind w:right="${charsTwips(F.foot, 1)}"/>`, 'right') +
    ruleXml(FOOT_RULE_PT, 0);
  return (
    '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' +
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" ' +
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ' +
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><w:drawing>' +
    '<wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="0">' +
    '<wp:simplePos x="0" y="0"/>' +
    '<wp:positionH relativeFrom="margin"><wp:align>center</wp:align></wp:positionH>' +
    '<wp:positionV relativeFrom="margin"><wp:align>bottom</wp:align></wp:positionV>' +
    `<wp:extent cx="${width}" cy="${height}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/>` +
    '<wp:docPr id="9704" name="版记"/><wp:cNvGraphicFramePr/>' +
    '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp>' +
    '<wps:cNvSpPr txBox="1"/>' +
    `<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${width}" cy="${height}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/><a:ln><a:noFill/></a:ln></wps:spPr>` +
    `<wps:txbx><w:txbxContent>${content}</w:txbxContent></wps:txbx>` +
    '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="0" tIns="0" rIns="0" bIns="0" anchor="b" anchorCtr="0"><a:noAutofit/></wps:bodyPr>' +
    '</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>'
  );
}

/** The anchor paragraph holding the box: one point high, so it never needs a page of its own. */
export function footParagraphs(foot: BulletinFoot): Paragraph[] {
  return [
    new Paragraph({
      spacing: { line: 20, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
      // The package types a paragraph's children as its own classes; any XmlComponent serialises the same way.
      children: [ImportedXmlComponent.fromXmlString(textBoxXml(foot)) as unknown as ParagraphChild],
    }),
  ];
}
