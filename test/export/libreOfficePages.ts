/**
 * An independent reader of our documents' pages: LibreOffice lays the file out and prints it to PDF, poppler's
 * pdftotext -bbox-layout gives every text line with its box in points, and pdftoppm a greyscale raster for the
 * rules (which have no text). Used by the page checks: characters per line, lines per page, where the 版记 and
 * the attachment fall. Tests skip, saying why, only when soffice or poppler is not installed (CI installs them:
 * libreoffice-writer-nogui, libreoffice-calc-nogui, poppler-utils, fonts-noto-cjk).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

export const PT_PER_MM = 72 / 25.4;

function has(cmd: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
}

/** Why the page checks cannot run here, or null when they can. */
export function missingTools(): string | null {
  const missing = ['soffice', 'pdftotext', 'pdftoppm'].filter((c) => !has(c));
  return missing.length === 0 ? null : `${missing.join(', ')} not installed (apt-get install libreoffice-writer-nogui libreoffice-calc-nogui poppler-utils fonts-noto-cjk)`;
}

export interface TextLine {
  page: number;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
  /** The line's words joined without the spaces pdftotext puts between them. */
  text: string;
}

export interface RenderedPdf {
  pages: number;
  pageHeight: number;
  lines: TextLine[];
  /** Rows (points from the top, at 72 dpi) of page `page` where a dark rule spans at least `minWidth` points. */
  rules(page: number, minWidth: number): number[];
}

/** Renders a .docx or .xlsx with LibreOffice in a private profile and reads the PDF back. */
export function renderWithLibreOffice(bytes: Uint8Array, fileName: string): RenderedPdf {
  const dir = mkdtempSync(join(tmpdir(), 'wb-pages-'));
  try {
    const input = join(dir, fileName);
    writeFileSync(input, bytes);
    execFileSync(
      'soffice',
      [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--invisible', '--norestore', '--nolockcheck', '--convert-to', 'pdf', '--outdir', dir, input],
      { stdio: 'ignore', timeout: 120_000 },
    );
    const pdf = join(dir, basename(fileName).replace(/\.[^.]+$/, '.pdf'));
    const html = execFileSync('pdftotext', ['-bbox-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 });
    const rasters = new Map<number, { width: number; height: number; data: Buffer }>();
    const raster = (page: number) => {
      if (!rasters.has(page)) {
        const prefix = join(dir, `p${page}`);
        execFileSync('pdftoppm', ['-r', '72', '-gray', '-f', String(page), '-l', String(page), '-singlefile', pdf, prefix]);
        rasters.set(page, readPgm(readFileSync(`${prefix}.pgm`)));
      }
      return rasters.get(page)!;
    };
    for (let p = 1; p <= pageCount(html); p++) raster(p);
    return {
      pages: pageCount(html),
      pageHeight: Number(/<page width="[\d.]+" height="([\d.]+)"/.exec(html)![1]),
      lines: textLines(html),
      rules(page, minWidth) {
        const { width, height, data } = raster(page);
        const rows: number[] = [];
        for (let y = 0; y < height; y++) {
          let run = 0;
          let best = 0;
          for (let x = 0; x < width; x++) {
            run = data[y * width + x] < 128 ? run + 1 : 0;
            if (run > best) best = run;
          }
          if (best >= minWidth) rows.push(y);
        }
        return rows;
      },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function pageCount(html: string): number {
  return (html.match(/<page /g) ?? []).length;
}

function textLines(html: string): TextLine[] {
  const lines: TextLine[] = [];
  html.split(/<page /).slice(1).forEach((pageXml, i) => {
    for (const m of pageXml.matchAll(/<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)<\/line>/gs)) {
      const words = [...m[5].matchAll(/<word [^>]*>([^<]*)<\/word>/g)].map((w) => unescape(w[1]));
      lines.push({ page: i + 1, xMin: Number(m[1]), yMin: Number(m[2]), xMax: Number(m[3]), yMax: Number(m[4]), text: words.join('') });
    }
  });
  return lines;
}

function unescape(s: string): string {
  return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

/** A binary greyscale PGM (P5, 8-bit), as pdftoppm -gray writes it. */
function readPgm(buf: Buffer): { width: number; height: number; data: Buffer } {
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(buf.subarray(0, 64).toString('latin1'));
  if (!header) throw new Error('pdftoppm did not write a P5 greyscale image');
  const [, w, h] = header.map(Number);
  return { width: w, height: h, data: buf.subarray(header[0].length) };
}

/**
 * The text of page `page` row by row, top to bottom: lines whose boxes overlap vertically are one row, read left to
 * right (a sheet's cells each make a block of their own in pdftotext's layout).
 */
export function pageRows(pdf: RenderedPdf, page: number): string[] {
  const lines = pdf.lines.filter((l) => l.page === page).sort((a, b) => a.yMin - b.yMin);
  const rows: TextLine[][] = [];
  for (const line of lines) {
    const last = rows[rows.length - 1];
    const mid = (line.yMin + line.yMax) / 2;
    if (last && mid > last[0].yMin && mid < last[0].yMax) last.push(line);
    else rows.push([line]);
  }
  return rows.map((r) => r.sort((a, b) => a.xMin - b.xMin).map((l) => l.text).join(''));
}

/** CJK ideographs and full-width punctuation: one character of the body's measure each. */
export function isFullWidth(ch: string): boolean {
  const c = ch.codePointAt(0)!;
  return (c >= 0x3000 && c <= 0x9fff) || (c >= 0xff00 && c <= 0xffef) || c === 0x201c || c === 0x201d;
}
