/**
 * word/fontTable.xml naming every face the document uses with its fallback (w:altName) and kind. The docx package
 * writes an empty font table (it only knows embedded fonts), so the .docx is packed with this one in its place.
 * Word and WPS read w:altName and w:charset (86 = GB2312) to substitute a face that is not installed: 仿宋_GB2312
 * becomes 仿宋 rather than the default Latin face.
 */
import { FONT_TABLE, LATIN_FONT } from '../fonts';

export const FONT_TABLE_PATH = 'word/fontTable.xml';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

function attr(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function fontEntry(name: string): string {
  const e = FONT_TABLE[name];
  if (!e) return `<w:font w:name="${attr(name)}"/>`;
  const charset = name === LATIN_FONT ? '00' : '86';
  return (
    `<w:font w:name="${attr(name)}"><w:altName w:val="${attr(e.altName)}"/><w:charset w:val="${charset}"/>` +
    `<w:family w:val="${e.family}"/><w:pitch w:val="${e.pitch}"/></w:font>`
  );
}

/** The font table of the given faces, each once, in the order given. */
export function fontTableXml(faces: Iterable<string>): string {
  const entries = [...new Set(faces)].map(fontEntry).join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:fonts xmlns:w="${W}">${entries}</w:fonts>`;
}
