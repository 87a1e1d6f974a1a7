/**
 * The copy keeps each rewritten part's own bytes, encoding and prefixes: a part behind a UTF-8 byte-order mark
 * once came back with a second declaration after the mark (LibreOffice refused the file while the CLI reported
 * success, and our own reader still read it, so only an independent parser can see this). Every rewritten part
 * is checked by libxml2, compared byte for byte with the original (only additions, plus the changed digits of a
 * count), and read back.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { planAttachmentSheet } from '../../src/core/attachmentPlan';
import { buildBulletinTable } from '../../src/core/bulletinTable';
import { rankWorkbook } from '../../src/core/engine';
import type { SheetPlan } from '../../src/core/plan';
import { addSheetToPackage } from '../../src/xlsx/addSheet/addSheetToPackage';
import { partEncoding } from '../../src/xlsx/addSheet/partEncoding';
import { streamWorkbookBytes } from '../../src/xlsx/streamWorkbook';
import { EDITED_PARTS, latin1, MAIN_NS, utf16, utf8WithBom, withPrefix, withParts, type PartTransform } from './packageVariants';
import { removedTokens, xmlErrors } from './partChecks';
import { xlsxBytes } from './workbookFixtures';
import { packageCounts } from './sheetCounts';

const SAMPLE = readFileSync(path.join(__dirname, '..', '..', 'samples', 'weekly-bulletin-2023-38.xlsx'));
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const TYPES_NS = 'http://schemas.openxmlformats.org/package/2006/content-types';

let plan: SheetPlan;
beforeAll(async () => {
  const read = await streamWorkbookBytes(SAMPLE, 'sample.xlsx');
  if (!read.ok) throw new Error(read.problem.message);
  const outcome = rankWorkbook(read.workbook);
  const bulletin = buildBulletinTable(outcome.table!, outcome.ranking!, { period: { year: 2023, month: 8 }, hallName: '省政务服务大厅' }, 'blank');
  plan = planAttachmentSheet(bulletin, '8月考核结果');
});

async function partsOf(bytes: Buffer): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(bytes);
  return new Map(await Promise.all(EDITED_PARTS.map(async (p) => [p, await zip.file(p)!.async('nodebuffer')] as const)));
}

/** The copy, after checking each rewritten part against its original: well-formed, same start, only additions. */
async function checkedCopy(input: Buffer): Promise<Map<string, Buffer>> {
  const result = await addSheetToPackage(input, plan, 'in.xlsx');
  if (!result.ok) throw new Error(result.problem.message);
  const before = await partsOf(input);
  const after = await partsOf(result.bytes);
  for (const part of EDITED_PARTS) {
    const [original, copy] = [before.get(part)!, after.get(part)!];
    expect({ part, errors: await xmlErrors(copy, part) }).toEqual({ part, errors: [] });
    // The mark and the declaration, byte for byte, once: nothing is written before them.
    const head = original.subarray(0, original.indexOf(0x3e) + 2);
    expect(copy.subarray(0, head.length).equals(head)).toBe(true);
    const { removed, added } = removedTokens(original, copy, partEncoding(original, part).label);
    expect(added.length).toBeGreaterThan(0);
    // Taken away: nothing but an empty element's tag (<definedNames/>), which comes back opened and closed.
    for (const tag of removed) expect(added).toContain(tag.replace(/\s*\/>$/u, '>'));
  }
  return after;
}

// The sheet a copy adds takes the next sheetId, part number and rId after the sample's own.
let N = 0;
let NEXT_RID = '';
beforeAll(async () => {
  const { sheets, workbookRels } = await packageCounts(SAMPLE);
  [N, NEXT_RID] = [sheets + 1, `rId${workbookRels + 1}`];
});

const decode = (bytes: Buffer, label = 'utf-8') => new TextDecoder(label).decode(bytes);

describe('the copy of a package whose parts are not plain UTF-8 with the usual prefixes', () => {
  it('keeps a UTF-8 byte-order mark and writes no second declaration', async () => {
    const after = await checkedCopy(await withParts(SAMPLE, EDITED_PARTS, utf8WithBom));
    for (const [part, bytes] of after) {
      expect([part, [...bytes.subarray(0, 3)]]).toEqual([part, [0xef, 0xbb, 0xbf]]);
      expect([part, decode(bytes).match(/<\?xml/gu)?.length]).toEqual([part, 1]);
    }
    expect(decode(after.get('xl/workbook.xml')!)).toContain(`<sheet name="8月考核结果" sheetId="${N}" r:id="rId`);
  });

  it.each([
    ['UTF-16 LE', false, true],
    ['UTF-16 BE', true, true],
    ['UTF-16 LE without a mark', false, false],
  ])('keeps parts in %s as they are, adding in the same encoding', async (_, bigEndian, bom) => {
    const after = await checkedCopy(await withParts(SAMPLE, EDITED_PARTS, utf16(bigEndian, bom)));
    const label = bigEndian ? 'utf-16be' : 'utf-16le';
    const workbook = decode(after.get('xl/workbook.xml')!, label);
    expect(workbook).toMatch(/^\uFEFF?<\?xml version="1.0" encoding="UTF-16"/u);
    expect(workbook).toContain(`<sheet name="8月考核结果" sheetId="${N}" r:id="rId`);
    expect(decode(after.get('xl/styles.xml')!, label)).toContain('<name val="仿宋_GB2312"/>');
    expect(decode(after.get('[Content_Types].xml')!, label)).toMatch(new RegExp(`<Override PartName="/xl/worksheets/sheet${N}\\.xml" ContentType="[^"]+worksheet\\+xml"/></Types>$`, 'u'));
  });

  it('uses the prefixes the parts use, whatever they are, for every element and attribute it adds', async () => {
    let input = await withParts(SAMPLE, ['xl/workbook.xml'], (xml) => withPrefix('rel', REL_NS)(withPrefix('x', MAIN_NS)(xml, '').toString(), ''));
    input = await withParts(input, ['xl/styles.xml'], withPrefix('ss', MAIN_NS));
    input = await withParts(input, ['xl/_rels/workbook.xml.rels'], withPrefix('pr', PKG_REL_NS));
    input = await withParts(input, ['[Content_Types].xml'], withPrefix('ct', TYPES_NS));
    const after = await checkedCopy(input);
    const [n, rId] = [N, NEXT_RID];
    const workbook = decode(after.get('xl/workbook.xml')!);
    expect(workbook).toContain(`<x:sheet name="8月考核结果" sheetId="${n}" rel:id="${rId}"/></x:sheets>`);
    expect(workbook).toContain(`<x:definedName name="_xlnm.Print_Titles" localSheetId="${n - 1}">'8月考核结果'!$3:$3</x:definedName>`);
    expect(decode(after.get('xl/_rels/workbook.xml.rels')!)).toMatch(new RegExp(`<pr:Relationship Id="${rId}" Type="[^"]+/worksheet" Target="worksheets/sheet${n}\\.xml"/></pr:Relationships>$`, 'u'));
    expect(decode(after.get('[Content_Types].xml')!)).toMatch(new RegExp(`<ct:Override PartName="/xl/worksheets/sheet${n}\\.xml" [^>]+/></ct:Types>$`, 'u'));
    const styles = decode(after.get('xl/styles.xml')!);
    expect(styles).not.toMatch(/<(font|xf|border|fill|name)[ >]/u);
    expect(styles).toContain('<ss:name val="仿宋_GB2312"/>');
  });

  it('declares the relationships namespace on the new sheet where the workbook binds it only on each sheet', async () => {
    const input = await withParts(SAMPLE, ['xl/workbook.xml'], (xml) =>
      Buffer.from(xml.replace(` xmlns:r="${REL_NS}"`, '').replace(/<sheet /gu, `<sheet xmlns:q="${REL_NS}" `).replace(/ r:id=/gu, ' q:id=')),
    );
    const after = await checkedCopy(input);
    expect(decode(after.get('xl/workbook.xml')!)).toContain(`<sheet name="8月考核结果" sheetId="${N}" xmlns:r="${REL_NS}" r:id="${NEXT_RID}"/>`);
  });

  it('writes what it adds to a part in a declared legacy encoding as character references', async () => {
    const input = await withParts(
      await xlsxBytes((wb) => {
        const ws = wb.addWorksheet('Café');
        ws.addRow(['部门窗口', '基础分值', '减分分值', '加分分值']);
        ws.addRow(['窗口', 100, 1, 2]);
      }),
      EDITED_PARTS,
      (xml) => latin1(xml.replace(/[^\x00-\xff]/gu, (c) => `&#${c.codePointAt(0)};`), ''),
    );
    const after = await checkedCopy(input);
    const workbook = decode(after.get('xl/workbook.xml')!, 'latin1');
    expect(workbook).toContain('<sheet sheetId="1" name="Café"');
    expect(workbook).toContain('<sheet name="8&#x6708;&#x8003;&#x6838;&#x7ED3;&#x679C;" sheetId="2"');
  });

  it('finds the workbook where the package relationships say it is, and adds the sheet beside it', async () => {
    const zip = await JSZip.loadAsync(SAMPLE);
    const moved = new JSZip();
    for (const [name, entry] of Object.entries(zip.files)) {
      if (entry.dir) continue;
      let text = await entry.async('nodebuffer');
      const target = name.startsWith('xl/') ? `book/${name.slice(3)}` : name;
      if (name === '_rels/.rels' || name === '[Content_Types].xml') text = Buffer.from(text.toString().replace(/"\/?xl\//gu, (m) => m.replace('xl/', 'book/')));
      moved.file(target, text);
    }
    const result = await addSheetToPackage(await moved.generateAsync({ type: 'nodebuffer' }), plan, 'moved.xlsx');
    if (!result.ok) throw new Error(result.problem.message);
    const out = await JSZip.loadAsync(result.bytes);
    const n = N;
    expect(out.file(`book/worksheets/sheet${n}.xml`)).not.toBeNull();
    expect(out.file('xl/workbook.xml')).toBeNull();
    expect(await out.file('book/workbook.xml')!.async('string')).toContain(`<sheet name="8月考核结果" sheetId="${n}"`);
    expect(await out.file('[Content_Types].xml')!.async('string')).toContain(`<Override PartName="/book/worksheets/sheet${n}.xml"`);
  });

  it('refuses a part that is not well-formed, naming it, and a part whose bytes are not its encoding', async () => {
    for (const [transform, reason] of [
      [(xml: string) => Buffer.from(xml.replace('</sheets>', '</sheet>')), /部件 xl\/workbook\.xml 的 XML 有误/u],
      [(xml: string) => Buffer.concat([Buffer.from(xml.slice(0, 200)), Buffer.from([0xff, 0xfe]), Buffer.from(xml.slice(200))]), /部件 xl\/workbook\.xml 的 XML 有误：内容不是 utf-8 编码/u],
    ] as [PartTransform, RegExp][]) {
      const result = await addSheetToPackage(await withParts(SAMPLE, ['xl/workbook.xml'], transform), plan, '坏.xlsx');
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.problem.message).toMatch(reason);
    }
  });
});
