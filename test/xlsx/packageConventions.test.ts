/**
 * The streaming reader follows the Open Packaging Conventions and XML Namespaces, not the way ExcelJS happens to
 * write: the workbook found from _rels/.rels wherever it is, sheets from the workbook's relationships, names matched
 * by namespace URI whatever the prefix, parts decoded as XML says (UTF-8 with or without a mark, UTF-16 LE/BE, a
 * declared legacy encoding). Every package here is valid; Excel and LibreOffice open each of these forms.
 */
import { streamWorkbookBytes } from '../../src/xlsx/streamWorkbook';
import { handmadePackage, utf16, type HandmadeOptions } from './handmadePackage';

const ROWS = [
  ['部门窗口', '减分分值'],
  ['市场监管局', 1.5],
  ['税务局', 0],
];

async function read(o: HandmadeOptions, headRows?: number) {
  const result = await streamWorkbookBytes(await handmadePackage({ rows: ROWS, ...o }), '测试.xlsx', { headRows });
  if (!result.ok) throw new Error(result.problem.message);
  return result.workbook.sheets.map((s) => ({ name: s.name, origin: [s.originRow, s.originCol], values: s.values }));
}

const EXPECTED = [{ name: '考核', origin: [0, 0], values: ROWS }];

describe('the workbook and its sheets are found from the package relationships', () => {
  it.each<[string, HandmadeOptions]>([
    ['at xl/workbook.xml (as Excel writes)', {}],
    ['at the package root', { workbookPart: 'workbook.xml', sheetPart: 'sheets/one.xml' }],
    ['in a folder of its own, the sheet deeper', { workbookPart: 'wtf/book.xml', sheetPart: 'wtf/deep/data/s.xml' }],
    ['with the sheet outside the workbook folder', { workbookPart: 'xl/workbook.xml', sheetPart: 'elsewhere/sheet.xml' }],
    ['with no _rels/.rels, at xl/workbook.xml (tolerated: some tools leave it out)', { noPackageRels: true }],
  ])('%s', async (_, o) => {
    expect(await read(o)).toEqual(EXPECTED);
  });
});

describe('names are matched by namespace URI, not by prefix', () => {
  it.each<[string, HandmadeOptions]>([
    ['relationship prefix ns:', { relPrefix: 'ns' }],
    ['relationship prefix relationships:', { relPrefix: 'relationships' }],
    ['SpreadsheetML with prefix x:', { mainPrefix: 'x' }],
    ['strict Open XML namespaces', { strict: true }],
    ['strict, prefixed, at the root', { strict: true, mainPrefix: 'main', relPrefix: 'rel', workbookPart: 'workbook.xml' }],
  ])('%s', async (_, o) => {
    expect(await read(o)).toEqual(EXPECTED);
  });

  // A sheet of more rows than the head read keeps, with form controls after its cells: their anchors hold
  // <xdr:row>, which a reader matching local names took for rows after </sheetData> and called the file damaged.
  const CONTROLS =
    '<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice Requires="x14">' +
    '<controls><mc:AlternateContent><mc:Choice Requires="x14"><control shapeId="1025" r:id="rId9" name="Check Box 1">' +
    '<controlPr defaultSize="0" autoFill="0" autoLine="0" autoPict="0"><anchor moveWithCells="1">' +
    '<from><xdr:col>4</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>2</xdr:row><xdr:rowOff>0</xdr:rowOff></from>' +
    '<to><xdr:col>5</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>3</xdr:row><xdr:rowOff>0</xdr:rowOff></to>' +
    '</anchor></controlPr></control></mc:Choice></mc:AlternateContent></controls></mc:Choice></mc:AlternateContent>';
  const NAMESPACES =
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ' +
    'xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"';
  const manyRows = [['部门窗口', '减分分值'], ...Array.from({ length: 250 }, (_, i) => [`窗口${i + 1}`, i % 3])];

  it('form controls after sheetData: <xdr:row> anchors are not rows, in a full read and a head read', async () => {
    const o: HandmadeOptions = { rows: manyRows, afterSheetData: CONTROLS, sheetNamespaces: NAMESPACES };
    const full = await read(o);
    expect(full[0].values).toEqual(manyRows);
    const head = await read(o, 20);
    expect(head[0].values).toEqual(manyRows.slice(0, 21));
  });
});

/** Bytes of `text` in GBK, from a table of GBK's two-byte codes built with the platform's own decoder. */
function gbk(text: string): Buffer {
  const decoder = new TextDecoder('gbk');
  const table = new Map<string, number[]>();
  for (let a = 0x81; a <= 0xfe; a++) {
    for (let b = 0x40; b <= 0xfe; b++) if (b !== 0x7f) table.set(decoder.decode(Buffer.from([a, b])), [a, b]);
  }
  return Buffer.from([...text].flatMap((ch) => (ch.charCodeAt(0) < 0x80 ? [ch.charCodeAt(0)] : (table.get(ch) as number[]))));
}

describe('parts are decoded as XML says', () => {
  const redeclare = (xml: string, encoding: string) => xml.replace('encoding="UTF-8"', `encoding="${encoding}"`);
  it.each<[string, (xml: string) => Buffer]>([
    ['UTF-8 with a byte-order mark', (xml) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(xml)])],
    ['UTF-16 LE with a mark', (xml) => utf16(redeclare(xml, 'UTF-16'), 'le', true)],
    ['UTF-16 BE with a mark', (xml) => utf16(redeclare(xml, 'UTF-16'), 'be', true)],
    ['UTF-16 LE without a mark, declared', (xml) => utf16(redeclare(xml, 'UTF-16'), 'le', false)],
    ['UTF-16 BE without a mark, declared', (xml) => utf16(redeclare(xml, 'UTF-16'), 'be', false)],
    ['GBK, declared', (xml) => gbk(redeclare(xml, 'GBK'))],
    ['GB18030, declared', (xml) => gbk(redeclare(xml, 'GB18030'))],
  ])('every part in %s', async (_, encode) => {
    expect(await read({ encode: (xml) => encode(xml) })).toEqual(EXPECTED);
  });

  it('a UTF-16 part among UTF-8 ones (as Excel Mobile writes the sheet)', async () => {
    const encode = (xml: string, part: string) => (part.includes('worksheets') ? utf16(redeclare(xml, 'utf-16'), 'le', true) : Buffer.from(xml));
    expect(await read({ encode })).toEqual(EXPECTED);
  });

  it('a declared encoding the bytes contradict, or one unknown, is damage said plainly', async () => {
    const utf16Claimed = await handmadePackage({ encode: (xml) => Buffer.from(redeclare(xml, 'UTF-16')) });
    const unknown = await handmadePackage({ encode: (xml) => Buffer.from(redeclare(xml, 'x-made-up')) });
    for (const [bytes, said] of [
      [utf16Claimed, '不是 UTF-16'],
      [unknown, '不支持的编码“x-made-up”'],
    ] as const) {
      const result = await streamWorkbookBytes(bytes, '坏.xlsx');
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.problem.message).toContain(said);
    }
  });
});

describe('a part breaking XML Namespaces is damage, the sheet named', () => {
  it('an undeclared prefix in a worksheet', async () => {
    const bytes = await handmadePackage({ rows: ROWS, afterSheetData: '<q:extra/>' });
    const result = await streamWorkbookBytes(bytes, '坏.xlsx');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem.message).toMatch(/工作表「考核」：XML 命名空间错误：前缀“q”没有声明/u);
  });
});
