/**
 * Which ExcelApi requirement sets the running Excel supports. The manifest asks for ExcelApi 1.7; newer features
 * (page layout 1.9, merged areas 1.13) are used only where this says yes, and their absence is reported, not hidden.
 */

/** Minor versions of ExcelApi 1.x the add-in uses beyond its manifest minimum. */
export const PAGE_LAYOUT_API = '1.9';
export const MERGED_AREAS_API = '1.13';
export const DATA_VALIDATION_API = '1.8';

interface RequirementsLike {
  isSetSupported(name: string, minVersion?: string): boolean;
}

function requirements(): RequirementsLike | null {
  // Outside Office (tests, a plain browser) there is no Office global: nothing beyond the minimum is assumed.
  if (typeof Office === 'undefined') return null;
  const r = (Office as unknown as { context?: { requirements?: RequirementsLike } }).context?.requirements;
  return r && typeof r.isSetSupported === 'function' ? r : null;
}

export function excelApiSupported(version: string): boolean {
  const r = requirements();
  return r !== null && r.isSetSupported('ExcelApi', version);
}
