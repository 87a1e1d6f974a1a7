/**
 * How a package part's bytes encode its text, told the way XML says (XML 1.0, appendix F): a byte-order mark,
 * else the first bytes of "<?xml" in UTF-16, else the declared encoding, else UTF-8. The copy writer never
 * re-encodes a part: it splices its additions into the original bytes, encoded the same way, so a mark, a
 * declaration and every byte it does not add stay exactly where they were. (Decoding the part to a string and
 * writing it back was what duplicated the declaration behind a UTF-8 mark and garbled UTF-16 parts.)
 */

export interface PartEncoding {
  /** A label TextDecoder knows. */
  label: string;
  /** Bytes of the byte-order mark the part starts with (0 without one). */
  bom: number;
  /** Bytes per code unit of markup ("<", ">", "/"): 2 in UTF-16, 1 in UTF-8 and the ASCII-based encodings. */
  unit: 1 | 2;
  bigEndian: boolean;
}

const UTF8: PartEncoding = { label: 'utf-8', bom: 0, unit: 1, bigEndian: false };

export function partEncoding(bytes: Uint8Array, part: string): PartEncoding {
  const [b0, b1, b2, b3] = bytes;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return { ...UTF8, bom: 3 };
  if (b0 === 0xff && b1 === 0xfe) return { label: 'utf-16le', bom: 2, unit: 2, bigEndian: false };
  if (b0 === 0xfe && b1 === 0xff) return { label: 'utf-16be', bom: 2, unit: 2, bigEndian: true };
  if (b0 === 0x3c && b1 === 0 && b2 === 0x3f && b3 === 0) return { label: 'utf-16le', bom: 0, unit: 2, bigEndian: false };
  if (b0 === 0 && b1 === 0x3c && b2 === 0 && b3 === 0x3f) return { label: 'utf-16be', bom: 0, unit: 2, bigEndian: true };
  const declared = declaredEncoding(bytes);
  if (declared === null) return UTF8;
  let label: string;
  try {
    label = new TextDecoder(declared).encoding;
  } catch {
    throw new Error(`部件 ${part} 声明的字符编码“${declared}”无法识别`);
  }
  // A UTF-16 declaration on bytes that are not UTF-16 (no mark, no "<\0?\0") contradicts itself.
  if (label.startsWith('utf-16')) throw new Error(`部件 ${part} 声明为 ${declared} 编码，但内容不是 UTF-16`);
  return { ...UTF8, label };
}

/** The encoding named in an ASCII-based part's declaration, or null when it names none. */
function declaredEncoding(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 512)).toString('latin1');
  const declaration = /^<\?xml\s[^?]*\?>/u.exec(head)?.[0];
  return declaration ? (/\sencoding\s*=\s*["']([A-Za-z][\w.:-]*)["']/u.exec(declaration)?.[1] ?? null) : null;
}

/**
 * Text added to a part, in the part's encoding. An ASCII-based legacy encoding (GBK, ISO-8859-1…) gets ASCII with
 * every other character as a character reference: valid in any of them, and Node has no encoder for them.
 */
export function encodeInserted(text: string, encoding: PartEncoding): Buffer {
  if (encoding.unit === 2) {
    const bytes = Buffer.from(text, 'utf16le');
    return encoding.bigEndian ? bytes.swap16() : bytes;
  }
  if (encoding.label === 'utf-8') return Buffer.from(text, 'utf8');
  return Buffer.from(text.replace(/[^\x00-\x7f]/gu, (c) => `&#x${c.codePointAt(0)!.toString(16).toUpperCase()};`), 'latin1');
}
