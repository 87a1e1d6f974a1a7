/**
 * The faces of the bulletin's renderings. Which face and size each part uses comes from the core's bulletin fonts
 * (the sheet uses the same ones); this file adds what the .docx and the HTML need on top: the font table entry of
 * each face (the nearest face Windows always has, as w:altName, and the GB2312 charset, so Word and WPS substitute
 * a Chinese face of the same kind), and the CSS font-family list.
 */
import { FONTS } from '../core/bulletin/bulletinFonts';
import type { FontSpec } from '../core/plan';

export { FONTS as BULLETIN_FONTS };

/** The page number 「— 1 —」: 4号 宋体 (GB/T 9704 7.5). Not part of the sheet, which has no page numbers. */
export const PAGE_NUMBER_FONT: FontSpec = { name: '宋体', fallbacks: ['SimSun', 'STSong', 'Noto Serif CJK SC'], size: 14 };

/** Latin letters and digits in the text: the usual companion of 仿宋_GB2312 in government templates. */
export const LATIN_FONT = 'Times New Roman';

export interface FontTableEntry {
  /** The nearest face a Windows machine always has. */
  altName: string;
  /** w:family: roman (serif), swiss (sans), modern (fixed pitch, as the GB2312 faces declare themselves). */
  family: 'roman' | 'swiss' | 'modern';
  pitch: 'fixed' | 'variable';
}

/** Keyed by face name; a face not listed gets no font table entry (Word then uses its own default substitution). */
export const FONT_TABLE: Readonly<Record<string, FontTableEntry>> = {
  仿宋_GB2312: { altName: '仿宋', family: 'modern', pitch: 'fixed' },
  楷体_GB2312: { altName: '楷体', family: 'modern', pitch: 'fixed' },
  黑体: { altName: 'SimHei', family: 'modern', pitch: 'fixed' },
  方正小标宋简体: { altName: '宋体', family: 'roman', pitch: 'variable' },
  宋体: { altName: 'SimSun', family: 'roman', pitch: 'variable' },
  [LATIN_FONT]: { altName: 'Times', family: 'roman', pitch: 'variable' },
};

const GENERIC = new Set(['serif', 'sans-serif']);

/** The CSS font-family list of a face: the standard name first, then every fallback, then a generic family. */
export function cssFontFamily(spec: FontSpec): string {
  const entry = FONT_TABLE[spec.name];
  const generic = entry?.family === 'swiss' || spec.name === '黑体' ? 'sans-serif' : 'serif';
  return [spec.name, ...(entry ? [entry.altName] : []), ...spec.fallbacks, generic]
    .filter((name, i, all) => all.indexOf(name) === i)
    .map((name) => (GENERIC.has(name) ? name : `'${name}'`))
    .join(',');
}
