/**
 * A real workbook with a score sheet grafted in, so that `rank --out` copies it: the real files hold no score
 * table, and a copy is only written of a workbook that ranks. Written with string edits here, not with the code
 * under test: one worksheet part added, and one element each inserted into the workbook part, its relationships
 * and [Content_Types].xml, in each part's own encoding (a UTF-8 mark, UTF-16) and with its own prefixes. Every
 * other part keeps its bytes, so the copy writer meets the real file's parts as they are.
 */
import JSZip from 'jszip';

const GRAFT_PART = 'graft/score.xml';
const GRAFT_REL = 'rIdGraftScore';

/** Text of a part and how to write text back in the same encoding (byte-order mark included). */
function decoded(bytes: Buffer): { text: string; encode: (text: string) => Buffer } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes), encode: (t) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(t, 'utf16le')]) };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    const encode = (t: string) => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(t, 'utf16le').swap16()]);
    return { text: new TextDecoder('utf-16be').decode(bytes), encode };
  }
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  return { text: new TextDecoder('utf-8').decode(bytes), encode: (t) => Buffer.concat([Buffer.from(bom ? [0xef, 0xbb, 0xbf] : []), Buffer.from(t)]) };
}

async function edit(zip: JSZip, part: string, change: (text: string) => string): Promise<void> {
  const entry = zip.file(part);
  if (!entry) throw new Error(`graft: no part ${part}`);
  const { text, encode } = decoded(await entry.async('nodebuffer'));
  const changed = change(text);
  if (changed === text) throw new Error(`graft: nothing inserted into ${part}`);
  zip.file(part, encode(changed), { createFolders: false });
}

const ROWS: [string, number, number, number][] = [
  ['市场监管局', 100, 1.5, 0],
  ['税务局', 100, 0, 2],
  ['人社局', 100, 0.5, 0],
];

function scoreSheet(ns: string): string {
  const cell = (ref: string, v: string | number) =>
    typeof v === 'number' ? `<c r="${ref}"><v>${v}</v></c>` : `<c r="${ref}" t="inlineStr"><is><t>${v}</t></is></c>`;
  const row = (r: number, values: (string | number)[]) => `<row r="${r}">${values.map((v, i) => cell(`${'ABCD'[i]}${r}`, v)).join('')}</row>`;
  const body = [row(1, ['2023年8月窗口考核情况']), row(2, ['部门窗口', '基础分值', '减分分值', '加分分值']), ...ROWS.map((v, i) => row(i + 3, v))];
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${ns}"><sheetData>${body.join('')}</sheetData></worksheet>`;
}

const relNsOf = (strict: boolean): string =>
  strict ? 'http://purl.oclc.org/ooxml/officeDocument/relationships' : 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export async function graftScoreSheet(input: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(input);
  const rootRels = decoded(await zip.file('_rels/.rels')!.async('nodebuffer')).text;
  const office = /<Relationship\b[^>]*Type="[^"]*\/officeDocument"[^>]*>/u.exec(rootRels)?.[0] ?? '';
  const workbookPart = (/Target="\/?([^"]+)"/u.exec(office)?.[1] ?? 'xl/workbook.xml').replace(/^\.\//u, '');
  const slash = workbookPart.lastIndexOf('/');
  const relsPart = `${workbookPart.slice(0, slash + 1)}_rels/${workbookPart.slice(slash + 1)}.rels`;
  let strict = false;
  await edit(zip, workbookPart, (xml) => {
    strict = xml.includes('http://purl.oclc.org/ooxml/spreadsheetml/main');
    const sheets = [...xml.matchAll(/<((?:[\w.-]+:)?)sheet\s[^>]*?(?:\/>|>[\s\S]*?<\/\1sheet>)/gu)];
    const last = sheets[sheets.length - 1];
    const prefix = last[1];
    const relPrefix = /\s([\w.-]+):id=/u.exec(last[0])?.[1] ?? 'r';
    const maxId = Math.max(...sheets.map((m) => Number(/sheetId="(\d+)"/u.exec(m[0])?.[1] ?? 0)));
    const at = (last.index ?? 0) + last[0].length;
    // Some writers declare the relationships prefix on each <sheet> itself: the new one declares it too.
    const relDecl = `xmlns:${relPrefix}="${relNsOf(strict)}"`;
    return `${xml.slice(0, at)}<${prefix}sheet ${relDecl} name="考核" sheetId="${maxId + 1}" ${relPrefix}:id="${GRAFT_REL}"/>${xml.slice(at)}`;
  });
  const relNs = relNsOf(strict);
  await edit(zip, relsPart, (xml) =>
    xml.replace(/<\/((?:[\w.-]+:)?)Relationships>/u, (end, p: string) => `<${p}Relationship Id="${GRAFT_REL}" Type="${relNs}/worksheet" Target="/${GRAFT_PART}"/>${end}`),
  );
  const types = Object.keys(zip.files).find((n) => n.toLowerCase() === '[content_types].xml') as string;
  await edit(zip, types, (xml) =>
    xml.replace(
      /<\/((?:[\w.-]+:)?)Types>/u,
      (end, p: string) => `<${p}Override PartName="/${GRAFT_PART}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>${end}`,
    ),
  );
  zip.file(GRAFT_PART, scoreSheet(strict ? 'http://purl.oclc.org/ooxml/spreadsheetml/main' : 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
