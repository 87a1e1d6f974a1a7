/**
 * Checks of a rewritten package part by readers that are not the writer's: well-formedness by libxml2 (xmllint-wasm,
 * which reads a byte-order mark, UTF-16 and ISO-8859-1 itself), and a comparison with the original's bytes that
 * says what the copy added and what it took away.
 */
import { validateXML } from 'xmllint-wasm';

/** libxml2's complaints about the part's bytes; empty when it is well-formed. */
export async function xmlErrors(bytes: Uint8Array, name: string): Promise<string[]> {
  const fileName = name.replace(/[^\w.]/gu, '_');
  const result = await validateXML({
    xml: [{ fileName, contents: new Uint8Array(bytes) }],
    normalization: 'format',
    maxMemoryPages: 16 * 1024,
  }).catch((e: Error) => ({ valid: false, errors: [{ message: e.message }] }));
  return result.valid ? [] : result.errors.map((e) => e.message);
}

/**
 * What the copy of a part took away from the original, as markup tokens (tags and text runs, in the part's own
 * encoding, each list's count attribute blanked): a longest common subsequence of the two token lists, so
 * everything the copy added is outside it. Meant for parts of a few thousand tokens.
 */
export function removedTokens(original: Buffer, copy: Buffer, label: string): { removed: string[]; added: string[] } {
  const tokens = (bytes: Buffer) => (new TextDecoder(label).decode(bytes).match(/<[^>]*>|[^<]+/gu) ?? []).map((t) => t.replace(/ count="\d+"/u, ' count=""'));
  const a = tokens(original);
  const b = tokens(copy);
  const width = b.length + 1;
  const lcs = new Int32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i * width + j] = a[i] === b[j] ? lcs[(i + 1) * width + j + 1] + 1 : Math.max(lcs[(i + 1) * width + j], lcs[i * width + j + 1]);
    }
  }
  const removed: string[] = [];
  const added: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      i++;
      j++;
    } else if (j < b.length && (i === a.length || lcs[i * width + j + 1] >= lcs[(i + 1) * width + j])) added.push(b[j++]);
    else removed.push(a[i++]);
  }
  return { removed, added };
}
