/**
 * The parser decision (issue 12): our hand-written XmlScanner, namespace- and encoding-correct, against saxes, a
 * well-kept namespace-aware streaming parser from npm (jsdom's), on the largest worksheet part of the big-workbook
 * bench's files. Both get the same 64 KiB chunks of text (decoded by PartDecoder) and do the same work: every
 * element's namespace resolved, each cell's r attribute read, text handed over. In-process, best of 3 runs.
 * The correctness half is test/hardening/realCorpus.test.ts (every part of the real-file corpus, both parsers).
 */
import JSZip from 'jszip';
import { performance } from 'node:perf_hooks';
import { readFileSync } from 'node:fs';
import { SaxesParser } from 'saxes';
import { SPREADSHEET_NS } from '../src/xlsx/namespaces';
import { PartDecoder } from '../src/xlsx/partDecoder';
import { XmlScanner } from '../src/xlsx/xmlScanner';
import { bigWorkbookFile, type BigWorkbookSpec } from './bigWorkbookFile';
import { round } from './timing';
import type { BenchRow } from './types';

const CHUNK = 64 * 1024;
const RUNS = 3;

/** The largest worksheet part of the file, inflated, cut into chunks as JSZip's stream would hand them over. */
async function largestSheet(file: string): Promise<Buffer[]> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const sheets = Object.values(zip.files).filter((f) => /^xl\/worksheets\/[^/]+\.xml$/u.test(f.name));
  let largest = Buffer.alloc(0);
  for (const s of sheets) {
    const bytes = await s.async('nodebuffer');
    if (bytes.length > largest.length) largest = bytes;
  }
  const chunks: Buffer[] = [];
  for (let at = 0; at < largest.length; at += CHUNK) chunks.push(largest.subarray(at, at + CHUNK));
  return chunks;
}

/** Cells counted (in the SpreadsheetML namespace, with an r attribute), characters of text seen. */
type Tally = { cells: number; text: number };

function withScanner(chunks: Buffer[]): Tally {
  const tally = { cells: 0, text: 0 };
  const decoder = new PartDecoder();
  const scanner = new XmlScanner({
    open(name, a, ns) {
      if (name === 'c' && ns === SPREADSHEET_NS.transitional && a.get('r') !== undefined) tally.cells++;
    },
    text(t) {
      tally.text += t.length;
    },
  });
  for (const c of chunks) scanner.write(decoder.write(c));
  scanner.write(decoder.end());
  scanner.close();
  return tally;
}

function withSaxes(chunks: Buffer[]): Tally {
  const tally = { cells: 0, text: 0 };
  const decoder = new PartDecoder();
  const parser = new SaxesParser({ xmlns: true });
  parser.on('opentag', (tag) => {
    if (tag.local === 'c' && tag.uri === SPREADSHEET_NS.transitional && tag.attributes.r !== undefined) tally.cells++;
  });
  parser.on('text', (t) => (tally.text += t.length));
  parser.on('error', (e) => {
    throw e;
  });
  for (const c of chunks) parser.write(decoder.write(c));
  parser.write(decoder.end());
  parser.close();
  return tally;
}

function best(parse: (chunks: Buffer[]) => Tally, chunks: Buffer[]): { ms: number; tally: Tally } {
  let ms = Infinity;
  let tally: Tally = { cells: 0, text: 0 };
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    tally = parse(chunks);
    ms = Math.min(ms, performance.now() - started);
  }
  return { ms, tally };
}

const SPECS: [string, BigWorkbookSpec][] = [
  ['100,000 windows', { windows: 100_000, records: 0 }],
  ['~50 MB workbook (case records)', { windows: 100_000, records: 670_000 }],
];

export async function run(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const [label, spec] of SPECS) {
    const chunks = await largestSheet(await bigWorkbookFile(spec));
    const mb = chunks.reduce((n, c) => n + c.length, 0) / 1e6;
    const ours = best(withScanner, chunks);
    const saxes = best(withSaxes, chunks);
    if (ours.tally.cells !== saxes.tally.cells) throw new Error(`parsers disagree: ${ours.tally.cells} vs ${saxes.tally.cells} cells`);
    const note = `${label}: largest worksheet part, ${round(mb)} MB of XML, ${ours.tally.cells} cells; in-process, best of ${RUNS}`;
    rows.push(
      { name: `xml parse ${label}: XmlScanner`, value: round(mb / (ours.ms / 1000)), unit: 'MB/s', note },
      {
        name: `xml parse ${label}: saxes time`,
        value: round(saxes.ms),
        unit: 'ms',
        baseline: { name: 'XmlScanner', value: round(ours.ms) },
        ratio: round(saxes.ms / ours.ms),
        note,
      },
    );
  }
  return rows;
}
