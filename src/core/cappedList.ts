/**
 * A list inside a message, capped: the first items, then how many there are in all (「…等 1024 个工作表」). A
 * workbook with 1,024 sheets once made a one-line message of 13,359 characters that no clerk reads to the end.
 */
export const LIST_SHOWN = 10;

export function cappedList(items: readonly string[], unit: string, shown = LIST_SHOWN): string {
  if (items.length <= shown) return items.join('、');
  return `${items.slice(0, shown).join('、')}…等 ${items.length} 个${unit}`;
}
