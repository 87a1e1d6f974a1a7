/**
 * What the pane takes from Office besides the workbook: the display language and whether the Office theme is dark.
 * Read defensively: outside Office, or before Office.js has loaded, `Office.context` may be missing or partial.
 */

export interface PaneEnvironment {
  displayLanguage: string | null;
  dark: boolean;
  /**
   * Office for Mac and iPad run the pane in a WKWebView that ignores download links without a word (a known,
   * by-design limitation: OfficeDev/office-js#2700, #4681). There the pane says so instead of pretending to save.
   */
  downloadsBlocked: boolean;
}

/** The parts of Office.context the pane reads; typed loosely because any of them may be absent outside Office. */
export interface OfficeContextLike {
  displayLanguage?: string;
  officeTheme?: { bodyBackgroundColor?: string } | null;
  /** Office.PlatformType as a string: "PC", "OfficeOnline", "Mac", "iOS", "Android", "Universal". */
  platform?: string | null;
}

const NO_DOWNLOAD_PLATFORMS = new Set(['Mac', 'iOS']);

/** Relative luminance of "#RRGGBB" (0 black … 1 white), or null for anything else. */
export function luminance(color: string | undefined): number | null {
  const m = color ? /^#?([0-9a-f]{6})$/i.exec(color.trim()) : null;
  if (!m) return null;
  const n = parseInt(m[1], 16);
  const channel = (v: number): number => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
}

/** Office has no "is dark" flag; its themes (Dark Gray, Black) are recognised by a dark pane background. */
export function environmentFrom(context: OfficeContextLike | null | undefined): PaneEnvironment {
  const background = luminance(context?.officeTheme?.bodyBackgroundColor);
  return {
    displayLanguage: context?.displayLanguage ?? null,
    dark: background !== null && background < 0.2,
    downloadsBlocked: NO_DOWNLOAD_PLATFORMS.has(String(context?.platform ?? '')),
  };
}

/** The environment from the global Office object, if Office.js loaded; Chinese and light otherwise. */
export function currentEnvironment(): PaneEnvironment {
  if (typeof Office === 'undefined') return environmentFrom(null);
  try {
    // Read loosely (PlatformType is an enum of strings; any part may be missing outside Excel).
    const env = environmentFrom(Office.context as unknown as OfficeContextLike | undefined);
    // Before onReady Office.context has no language yet, and the first spinner would be Chinese under an English
    // Office. The task pane's web view runs in Office's UI language, so the browser's language stands in until then.
    return env.displayLanguage === null && typeof navigator !== 'undefined' ? { ...env, displayLanguage: navigator.language || null } : env;
  } catch (error) {
    // Office.context throws on some hosts before onReady; the defaults are correct there, but say why.
    console.warn('Office.context 不可用，使用默认语言和主题。', error);
    return environmentFrom(null);
  }
}
