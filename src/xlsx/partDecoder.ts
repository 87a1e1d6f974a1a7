/**
 * A package part's bytes → text, by the rules of XML (Appendix F of XML 1.0): a byte-order mark says UTF-8 or
 * UTF-16 (LE or BE); without one, the first bytes of "<?xml" tell UTF-16 from an ASCII-compatible encoding, and
 * the declaration's encoding="…" names which; with no declaration it is UTF-8. Office writes UTF-8, but Excel
 * Mobile and some generators write UTF-16, and others declare a legacy code page such as GBK or windows-1252.
 * Fed chunk by chunk: a character split between two chunks is kept until the next one arrives.
 */

/** Enough of the part's start to hold any real XML declaration; a part shorter than this is decided at its end. */
const SNIFF_BYTES = 256;

export class PartDecoder {
  private decoder: TextDecoder | null = null;
  private head: Buffer | null = Buffer.alloc(0);

  /** The text of this chunk (empty while the start of the part is still being collected). */
  write(chunk: Buffer): string {
    if (this.decoder) return this.decoder.decode(chunk, { stream: true });
    const head = Buffer.concat([this.head as Buffer, chunk]);
    if (head.length < SNIFF_BYTES) {
      this.head = head;
      return '';
    }
    return this.start(head);
  }

  /** The text still held back at the part's end. */
  end(): string {
    const text = this.decoder ? '' : this.start(this.head as Buffer);
    return text + (this.decoder as TextDecoder).decode();
  }

  private start(head: Buffer): string {
    this.decoder = decoderFor(head);
    this.head = null;
    return this.decoder.decode(head, { stream: true });
  }
}

/** The decoder for a part starting with these bytes. TextDecoder drops the byte-order mark it was chosen by. */
export function decoderFor(head: Buffer): TextDecoder {
  const b = (i: number) => head[i];
  if (b(0) === 0xef && b(1) === 0xbb && b(2) === 0xbf) return new TextDecoder('utf-8');
  if (b(0) === 0xff && b(1) === 0xfe) return new TextDecoder('utf-16le');
  if (b(0) === 0xfe && b(1) === 0xff) return new TextDecoder('utf-16be');
  // "<?" in UTF-16 without a mark: the declaration must then name UTF-16, which these bytes already say.
  if (b(0) === 0x3c && b(1) === 0x00 && b(2) === 0x3f && b(3) === 0x00) return new TextDecoder('utf-16le');
  if (b(0) === 0x00 && b(1) === 0x3c && b(2) === 0x00 && b(3) === 0x3f) return new TextDecoder('utf-16be');
  const declared = declaredEncoding(head);
  if (declared === null || /^utf-?8$/iu.test(declared)) return new TextDecoder('utf-8');
  // A UTF-16 declaration on bytes that are not UTF-16 (no mark, no "<\0?\0") is a contradiction, not a choice.
  if (/^utf-?16/iu.test(declared)) throw new Error(`XML 声明的编码是 ${declared}，但内容不是 UTF-16`);
  try {
    return new TextDecoder(declared);
  } catch {
    throw new Error(`XML 声明了本程序不支持的编码“${declared.slice(0, 40)}”`);
  }
}

/** encoding="…" of an XML declaration at the very start, read as ASCII (all such encodings agree on it). */
function declaredEncoding(head: Buffer): string | null {
  const text = head.toString('latin1', 0, Math.min(head.length, SNIFF_BYTES));
  if (!text.startsWith('<?xml')) return null;
  const end = text.indexOf('?>');
  const m = /\sencoding\s*=\s*(["'])([A-Za-z][A-Za-z0-9._-]*)\1/u.exec(end < 0 ? text : text.slice(0, end));
  return m ? m[2] : null;
}
