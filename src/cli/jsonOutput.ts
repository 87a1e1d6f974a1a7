/**
 * A JSON document printed piece by piece, text identical to JSON.stringify(value, null, 2): the rank JSON of
 * 600,000 windows is a string of some 90 million characters, and printing it in one piece held that string and
 * the row objects at once. Each long array is written a batch of items at a time.
 */

const ITEMS_PER_PIECE = 1000;

const indented = (json: string, indent: string): string => json.replace(/\n/gu, `\n${indent}`);

/** Writes `value` (an object whose fields are JSON values) through `write`, ending with a newline. */
export function writeJson(value: Record<string, unknown>, write: (text: string) => void): void {
  const fields = Object.entries(value).filter(([, v]) => v !== undefined);
  if (fields.length === 0) {
    write('{}\n');
    return;
  }
  write('{\n');
  fields.forEach(([key, v], f) => {
    const end = f === fields.length - 1 ? '\n' : ',\n';
    write(`  ${JSON.stringify(key)}: `);
    if (!Array.isArray(v) || v.length === 0) {
      write(`${indented(JSON.stringify(v, null, 2), '  ')}${end}`);
      return;
    }
    write('[\n');
    for (let start = 0; start < v.length; start += ITEMS_PER_PIECE) {
      const piece: string[] = [];
      const stop = Math.min(v.length, start + ITEMS_PER_PIECE);
      // JSON.stringify writes null for an item it cannot represent (undefined, a function).
      for (let i = start; i < stop; i++) piece.push(`    ${indented(JSON.stringify(v[i], null, 2) ?? 'null', '    ')}`);
      write(piece.join(',\n') + (stop < v.length ? ',\n' : '\n'));
    }
    write(`  ]${end}`);
  });
  write('}\n');
}
