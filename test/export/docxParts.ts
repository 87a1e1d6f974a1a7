/**
 * Reading a generated .docx back in tests: its parts as XML strings, and its paragraphs with their text and the
 * fonts, sizes and properties of their runs. The docx package writes one element per tag with no nesting of
 * paragraphs inside paragraphs, so a few regular expressions read it reliably.
 */
import JSZip from 'jszip';

export async function docxParts(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = new Map<string, string>();
  for (const name of Object.keys(zip.files)) {
    if (name.endsWith('.xml') || name.endsWith('.rels')) parts.set(name, await zip.file(name)!.async('string'));
  }
  return parts;
}

export function part(parts: Map<string, string>, name: string): string {
  const xml = parts.get(name);
  if (xml === undefined) throw new Error(`no part ${name} in the .docx`);
  return xml;
}

function unescapeXml(s: string): string {
  return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

export interface DocxRun {
  text: string;
  eastAsia: string | null;
  /** Points (w:sz is in half-points). */
  sizePt: number | null;
  color: string | null;
}

export interface DocxParagraph {
  xml: string;
  /** The paragraph's properties (w:pPr) as written. */
  pPr: string;
  text: string;
  runs: DocxRun[];
}

const attr = (xml: string, re: RegExp): string | null => re.exec(xml)?.[1] ?? null;

function runOf(xml: string): DocxRun {
  // A run that starts a new line of the same paragraph (a cell's Alt+Enter) carries <w:br/> before its text.
  const text = (/<w:br\/>/.test(xml) ? '\n' : '') + [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => unescapeXml(m[1])).join('');
  const sz = attr(xml, /<w:sz w:val="(\d+)"/);
  return { text, eastAsia: attr(xml, /w:eastAsia="([^"]*)"/), sizePt: sz === null ? null : Number(sz) / 2, color: attr(xml, /<w:color w:val="([^"]*)"/) };
}

export function paragraphs(xml: string): DocxParagraph[] {
  return [...xml.matchAll(/<w:p(?=[ >])[^>]*>(.*?)<\/w:p>/gs)].map((m) => {
    const runs = [...m[1].matchAll(/<w:r(?=[ >])[^>]*>(.*?)<\/w:r>/gs)].map((r) => runOf(r[1]));
    return { xml: m[0], pPr: attr(m[1], /^(<w:pPr>.*?<\/w:pPr>)/s) ?? '', text: runs.map((r) => r.text).join(''), runs };
  });
}

export function paragraphWith(all: DocxParagraph[], text: string): DocxParagraph {
  const p = all.find((q) => q.text === text);
  if (!p) throw new Error(`no paragraph 「${text}」 among:\n${all.map((q) => q.text).join('\n')}`);
  return p;
}

/** The table rows of a part, each as its cells' texts. */
export function tableRows(xml: string): { xml: string; cells: string[] }[] {
  return [...xml.matchAll(/<w:tr(?=[ >])[^>]*>(.*?)<\/w:tr>/gs)].map((m) => ({
    xml: m[0],
    cells: [...m[1].matchAll(/<w:tc>(.*?)<\/w:tc>/gs)].map((c) => paragraphs(c[1]).map((p) => p.text).join('\n')),
  }));
}
