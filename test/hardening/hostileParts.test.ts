/**
 * `rank --out` edits four parts of the input package (workbook, its relationships, content types, styles) as XML
 * documents. Whatever those parts hold — entity bombs, external entities, truncation, wrong roots — the command
 * must end with a Chinese message and no output file, or with a correct copy, quickly, and never with a stack
 * trace; the input stays byte-identical. (The values of the sheets are read by the streaming reader, which the
 * corpus covers; a part broken there stops the ranking before any copy is made.)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { tempDir } from '../xlsx/workbookFixtures';

const ROOT = path.join(__dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'window-bulletin.js');
const SAMPLE = readFileSync(path.join(ROOT, 'samples', 'weekly-bulletin-2023-38.xlsx'));
const STACK_FRAME = /\n\s+at .+\(.+:\d+:\d+\)/u;

const BOMB =
  '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">' +
  '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"><!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]>';

/**
 * Each case: which part, and what it becomes (from its original text). [Content_Types].xml is read only to make
 * the copy; the others the streaming reader meets first, so both ways of reading are covered.
 */
const CASES: [string, string, (xml: string) => string][] = [
  ['entity expansion in [Content_Types].xml', '[Content_Types].xml', (xml) => xml.replace(/^<\?xml[^>]*\?>/u, BOMB).replace('<Default', '<Default x="&lol4;"')],
  ['entity expansion in styles.xml', 'xl/styles.xml', (xml) => xml.replace(/^<\?xml[^>]*\?>/u, BOMB).replace('<fonts', '<fonts x="&lol4;"')],
  ['external entity in workbook.xml', 'xl/workbook.xml', (xml) => xml.replace(/^<\?xml[^>]*\?>/u, '<?xml version="1.0"?><!DOCTYPE w [<!ENTITY x SYSTEM "file:///etc/passwd">]>').replace('<sheets>', '<sheets>&x;')],
  ['styles.xml cut short', 'xl/styles.xml', (xml) => xml.slice(0, Math.floor(xml.length / 2))],
  ['relationships not XML', 'xl/_rels/workbook.xml.rels', () => 'PK\u0003\u0004 not xml at all'],
  ['content types with two roots', '[Content_Types].xml', (xml) => `${xml}<Types/>`],
];

describe.each(CASES)('%s', (_label, part, spoil) => {
  it('ends with a message and no file, leaving the input as it was', async () => {
    const { dir, cleanup } = tempDir();
    try {
      const zip = await JSZip.loadAsync(SAMPLE);
      zip.file(part, spoil(await zip.file(part)!.async('string')));
      const input = path.join(dir, 'in.xlsx');
      writeFileSync(input, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
      const before = readFileSync(input);
      const out = path.join(dir, 'out.xlsx');
      const started = Date.now();
      const run = spawnSync(process.execPath, [BIN, 'rank', input, '--json', '--out', out, '--period', '2023-08'], { cwd: ROOT, encoding: 'utf8', timeout: 20_000 });
      expect(run.signal).toBeNull();
      expect(Date.now() - started).toBeLessThan(20_000);
      expect(run.stderr).not.toMatch(STACK_FRAME);
      expect(readFileSync(input).equals(before)).toBe(true);
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(/错误：“.*in\.xlsx”无法作为 \.xlsx 工作簿读取/u);
      expect(existsSync(out)).toBe(false);
    } finally {
      cleanup();
    }
  }, 30_000);
});
