/**
 * The new sheet's XML, as ExcelJS wrote it for a workbook of its own, made to fit into the clerk's workbook:
 * - its text moves from that workbook's shared-string table into the cells themselves (inline strings), so the
 *   workbook's own shared strings, which every existing cell points into, are left byte for byte as they are;
 * - its style indices are shifted past the workbook's own formats (see mergeStyles.ts);
 * - it is not marked as a selected tab: a second selected tab would open the workbook with sheets grouped.
 * The text is copied as ExcelJS escaped it, so a window named "=SUM(1)" stays text (an inline string is never
 * a formula).
 */

/** `<si>` contents of a shared-strings part written by ExcelJS, in index order. */
export function sharedStringItems(xml: string): string[] {
  const items: string[] = [];
  // ExcelJS writes each item as <si>…</si> with no attributes; "</si>" cannot occur inside (text escapes "<").
  for (const m of xml.matchAll(/<si>([\s\S]*?)<\/si>/gu)) items.push(m[1]);
  return items;
}

export function fitSheetXml(xml: string, strings: readonly string[], xfOffset: number): string {
  const inlined = xml.replace(/<c ([^>]*?) t="s"([^>]*)><v>(\d+)<\/v><\/c>/gu, (_, before: string, after: string, index: string) => {
    const item = strings[Number(index)];
    if (item === undefined) throw new Error(`new sheet: shared string ${index} missing`);
    return `<c ${before} t="inlineStr"${after}><is>${item}</is></c>`;
  });
  return inlined
    .replace(/<(c|row) ([^>]*?)\bs="(\d+)"/gu, (_, tag: string, before: string, s: string) => `<${tag} ${before}s="${Number(s) + xfOffset}"`)
    .replace(/<col ([^>]*?)\bstyle="(\d+)"/gu, (_, before: string, s: string) => `<col ${before}style="${Number(s) + xfOffset}"`)
    .replace(/ tabSelected="(1|true)"/gu, '');
}
