/**
 * Fonts of the bulletin as GB/T 9704 sets them, each with fallbacks for machines without the 方正 / GB2312
 * fonts. Sizes in points: 初号 42, 小初 36, 二号 22, 三号 16, 四号 14, 小四 12.
 */
import type { FontSpec } from '../plan';

export const BULLETIN_RED = '#FF0000';

const XBS = ['方正小标宋_GBK', '华文中宋', 'STZhongsong', '宋体', 'SimSun', 'Noto Serif CJK SC'];
const FANGSONG = ['仿宋', 'FangSong', 'STFangsong', 'Noto Serif CJK SC'];
const HEITI = ['SimHei', 'Microsoft YaHei', 'Noto Sans CJK SC'];
const KAITI = ['楷体', 'KaiTi', 'STKaiti', 'Noto Serif CJK SC'];

export const BODY_PT = 16;

export const FONTS = {
  /** The red bulletin name: 小初 方正小标宋. */
  name: { name: '方正小标宋简体', fallbacks: XBS, size: 36, color: BULLETIN_RED } satisfies FontSpec,
  issueLine: { name: '楷体_GB2312', fallbacks: KAITI, size: BODY_PT } satisfies FontSpec,
  unitLine: { name: '仿宋_GB2312', fallbacks: FANGSONG, size: 14 } satisfies FontSpec,
  body: { name: '仿宋_GB2312', fallbacks: FANGSONG, size: BODY_PT } satisfies FontSpec,
  heading1: { name: '黑体', fallbacks: HEITI, size: BODY_PT } satisfies FontSpec,
  heading2: { name: '楷体_GB2312', fallbacks: KAITI, size: BODY_PT } satisfies FontSpec,
  attachmentLabel: { name: '黑体', fallbacks: HEITI, size: BODY_PT } satisfies FontSpec,
  attachmentTitle: { name: '方正小标宋简体', fallbacks: XBS, size: 22 } satisfies FontSpec,
  tableHeader: { name: '黑体', fallbacks: HEITI, size: 12 } satisfies FontSpec,
  tableBody: { name: '仿宋_GB2312', fallbacks: FANGSONG, size: 12 } satisfies FontSpec,
  foot: { name: '仿宋_GB2312', fallbacks: FANGSONG, size: 14 } satisfies FontSpec,
} as const;
