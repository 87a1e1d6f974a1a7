/**
 * Files that are not .xlsx workbooks are named for what they are, told by content whatever their name: OpenDocument,
 * Numbers, .xlsb, Word and PowerPoint packages (hand-made zips here), and the compound files of .xls, WPS .et and
 * password-protected workbooks (real files from test/fixtures/real).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { compoundFileStreams } from '../../src/xlsx/compoundFile';
import { streamWorkbookBytes } from '../../src/xlsx/streamWorkbook';
import { wrongKind } from '../../src/xlsx/workbookBytes';

const REAL = path.join(__dirname, '..', 'fixtures', 'real');
const OFFICE_DOCUMENT = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument';

async function zip(entries: Record<string, string>): Promise<Buffer> {
  const z = new JSZip();
  for (const [name, text] of Object.entries(entries)) z.file(name, text);
  return z.generateAsync({ type: 'nodebuffer' });
}

function opcPackage(mainPart: string, contentType: string): Promise<Buffer> {
  return zip({
    '[Content_Types].xml': `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/${mainPart}" ContentType="${contentType}"/></Types>`,
    '_rels/.rels': `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${OFFICE_DOCUMENT}" Target="${mainPart}"/></Relationships>`,
    [mainPart]: '<x/>',
  });
}

async function message(bytes: Buffer): Promise<string> {
  const r = wrongKind(bytes, '考核.xlsx') ?? (await streamWorkbookBytes(bytes, '考核.xlsx'));
  if (r.ok) throw new Error('read as a workbook');
  return r.problem.message;
}

const SAVE_AS = '请在 WPS / LibreOffice / Excel 中另存为 .xlsx 后再试。';

describe('other packages named by their content, each with the way to an .xlsx', () => {
  it.each<[string, () => Promise<Buffer>, string[]]>([
    ['OpenDocument spreadsheet', () => zip({ mimetype: 'application/vnd.oasis.opendocument.spreadsheet', 'content.xml': '<x/>' }), ['OpenDocument 电子表格（.ods）', '不读取 .ods', SAVE_AS]],
    ['OpenDocument text', () => zip({ mimetype: 'application/vnd.oasis.opendocument.text' }), ['OpenDocument 文档，不是电子表格']],
    ['Numbers document', () => zip({ 'Index/Document.iwa': '', 'Index/CalculationEngine-12.iwa': '' }), ['Apple Numbers 表格', '不读取 .numbers']],
    ['Numbers folder document', () => zip({ 'Book.numbers/Index.zip': '' }), ['Apple Numbers 表格']],
    ['Excel binary workbook', () => opcPackage('xl/workbook.bin', 'application/vnd.ms-excel.sheet.binary.macroEnabled.main'), ['Excel 二进制工作簿（.xlsb）', '不读取 .xlsb', SAVE_AS]],
    ['Word document renamed', () => opcPackage('word/document.xml', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml'), ['是 Word 文档，不是 Excel 工作簿']],
    ['PowerPoint renamed', () => opcPackage('ppt/presentation.xml', 'application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml'), ['PowerPoint 演示文稿']],
  ])('%s', async (_, make, said) => {
    const text = await message(await make());
    for (const s of said) expect(text).toContain(s);
    expect(text).not.toContain('可能是改了扩展名的 Word 文档');
  });
});

describe('compound files named by their streams', () => {
  it.each([
    ['sheetjs__fn.et', 'ETExtData', 'WPS 表格文件（.et'],
    ['poi__SimpleWithComments.xls', 'Workbook', '旧版 Excel 97-2003 工作簿（.xls）'],
    ['excelize__encryptAES.xlsx', 'EncryptedPackage', '设置了打开密码的工作簿'],
  ])('%s', async (file, stream, said) => {
    const bytes = readFileSync(path.join(REAL, file));
    expect(compoundFileStreams(bytes)?.has(stream)).toBe(true);
    expect(await message(bytes)).toContain(said);
  });

  it('a damaged directory chain says "some compound file", never throws', async () => {
    const bytes = Buffer.from(readFileSync(path.join(REAL, 'poi__SimpleWithComments.xls')));
    bytes.writeUInt32LE(0x7fffffff, 0x30); // first directory sector far past the end
    expect(compoundFileStreams(bytes)).toBeNull();
    expect(await message(bytes)).toContain('旧版 Excel 97-2003（.xls）文件或设置了打开密码的工作簿');
  });
});
