/**
 * The body of the reference bulletin, read from its transcription (../shared/reference/weekly-bulletin-2023-38.md)
 * rather than copied: every heading and paragraph from 一、 down to the 「附件：…」 line, in order. Undone are
 * the transcription's artefacts only: markdown heading marks, the spaces the PDF extraction put between digits
 * and Chinese, and paragraphs cut in two by a page break (a piece that ends mid-sentence joins the next one).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A copy of ../shared/reference/weekly-bulletin-2023-38.md, unchanged, so the test runs wherever the repository does. */
export const REFERENCE_FILE = join(__dirname, '../fixtures/reference/weekly-bulletin-2023-38.md');

const SENTENCE_END = /[。；！？”）]$/u;

export function referenceBody(path = REFERENCE_FILE): string[] {
  const lines = readFileSync(path, 'utf8').split('\n');
  const start = lines.findIndex((l) => /^#+\s*一、/u.test(l));
  const end = lines.findIndex((l, i) => i > start && l.startsWith('附件：'));
  if (start < 0 || end < 0) throw new Error(`${path}: no body from 一、 to 附件：`);
  const blocks: string[] = [];
  let joinNext = false;
  for (const raw of lines.slice(start, end + 1)) {
    if (raw.trim() === '') continue;
    const heading = /^#+\s*/u.test(raw);
    const text = raw
      .replace(/^#+\s*/u, '')
      .replace(/(?<=\d) +(?=[^\x20-\x7e])|(?<=[^\x20-\x7e]) +(?=\d)/gu, '')
      .trim();
    if (joinNext && !heading) blocks[blocks.length - 1] += text;
    else blocks.push(text);
    joinNext = !heading && !SENTENCE_END.test(text);
  }
  return blocks;
}
