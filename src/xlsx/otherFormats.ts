/**
 * Files people pick that are not .xlsx workbooks, told by their content (not their name) and named for what they
 * are, with the way to a workbook this program reads: an OpenDocument or Numbers spreadsheet, an Excel binary
 * (.xlsb) or 97-2003 (.xls) workbook, a WPS 表格 (.et) file, a password-protected workbook, a Word or PowerPoint file.
 */
import { compoundFileStreams } from './compoundFile';
import { hasPart, parsePart, type OpenPackage } from './packageParts';

export type OtherFormat = 'ods' | 'numbers' | 'xlsb' | 'xls' | 'et' | 'encrypted' | 'word' | 'powerpoint' | 'opendocument';

const SAVE_AS = '请在 WPS / LibreOffice / Excel 中另存为 .xlsx 后再试。';
const ONLY_XLSX = '本程序只读取 .xlsx 工作簿';

/** The message for each kind; `label` is the file as the clerk named it. */
export function otherFormatMessage(kind: OtherFormat, label: string): string {
  switch (kind) {
    case 'ods':
      return `“${label}”是 OpenDocument 电子表格（.ods），${ONLY_XLSX}，不读取 .ods。${SAVE_AS}`;
    case 'numbers':
      return `“${label}”是 Apple Numbers 表格（.numbers），${ONLY_XLSX}，不读取 .numbers。请在 Numbers 中“导出为 Excel”，或${SAVE_AS.slice(1)}`;
    case 'xlsb':
      return `“${label}”是 Excel 二进制工作簿（.xlsb），${ONLY_XLSX}，不读取 .xlsb。${SAVE_AS}`;
    case 'et':
      return `“${label}”是 WPS 表格文件（.et，或 WPS 保存的旧版格式），${ONLY_XLSX}，不读取这种格式。${SAVE_AS}`;
    case 'xls':
      return `“${label}”是旧版 Excel 97-2003 工作簿（.xls），${ONLY_XLSX}，不读取 .xls。${SAVE_AS}`;
    case 'encrypted':
      return `“${label}”是设置了打开密码的工作簿，本程序无法读取加密的文件。请在 Excel 或 WPS 中取消密码（文件 → 信息 → 保护工作簿 → 用密码进行加密，清空密码）并另存为 .xlsx 后再试。`;
    case 'word':
      return `“${label}”是 Word 文档，不是 Excel 工作簿（文件扩展名可能被改过）。请确认选对了文件；如果内容是表格，请把表格复制到 Excel 或 WPS 表格中保存为 .xlsx。`;
    case 'powerpoint':
      return `“${label}”是 PowerPoint 演示文稿，不是 Excel 工作簿（文件扩展名可能被改过）。请确认选对了文件。`;
    case 'opendocument':
      return `“${label}”是 OpenDocument 文档，不是电子表格。请确认选对了文件。`;
  }
}

/**
 * An entry only a Numbers document has: its calculation engine or tables in Index/ (Pages and Keynote have an
 * Index/ too), or, in a document zipped as a folder, the folder's Index.zip.
 */
const NUMBERS_ENTRY = /^(?:[^/]+\.numbers\/)?Index(?:\/CalculationEngine[^/]*\.iwa|\/Tables\/|\.zip)/u;

/** What a Compound File Binary holds, by the names of its streams; null when none of these. */
export function compoundFileFormat(bytes: Buffer): OtherFormat | null {
  const streams = compoundFileStreams(bytes);
  if (!streams) return null;
  // An encrypted .xlsx/.xlsb keeps the package in EncryptedPackage, described by EncryptionInfo ([MS-OFFCRYPTO]).
  if (streams.has('EncryptedPackage')) return 'encrypted';
  // WPS 表格 writes its own extension data beside the BIFF8 Workbook stream, in .et and in the .xls it saves.
  if (streams.has('ETExtData')) return 'et';
  if (streams.has('Workbook') || streams.has('Book')) return 'xls';
  if (streams.has('WordDocument')) return 'word';
  if (streams.has('PowerPoint Document')) return 'powerpoint';
  return null;
}

/**
 * What a zip package that is not a workbook holds: the OpenDocument mimetype entry, Numbers' Index/*.iwa, or the
 * content type of the main part its relationships name ([Content_Types].xml). Null when it looks like none of these.
 */
export async function zipPackageFormat(pkg: OpenPackage, mainPart: string | null): Promise<OtherFormat | null> {
  if (hasPart(pkg, 'mimetype')) {
    const mime = ((await pkg.file('mimetype')?.async('string')) ?? '').trim();
    if (mime.startsWith('application/vnd.oasis.opendocument.spreadsheet')) return 'ods';
    if (mime.startsWith('application/vnd.oasis.opendocument.')) return 'opendocument';
  }
  if (Object.keys(pkg.files).some((name) => NUMBERS_ENTRY.test(name))) return 'numbers';
  if (mainPart === null) return null;
  const type = await contentTypeOf(pkg, mainPart);
  if (type === null) return null;
  if (type.startsWith('application/vnd.ms-excel.sheet.binary')) return 'xlsb';
  if (/wordprocessingml|ms-word/u.test(type)) return 'word';
  if (/presentationml|ms-powerpoint/u.test(type)) return 'powerpoint';
  return null;
}

/** The content type [Content_Types].xml gives a part: its Override, else the Default for its extension. */
async function contentTypeOf(pkg: OpenPackage, part: string): Promise<string | null> {
  if (!hasPart(pkg, '[Content_Types].xml')) return null;
  const name = `/${part}`.toLowerCase();
  const extension = part.slice(part.lastIndexOf('.') + 1).toLowerCase();
  let override: string | null = null;
  let byExtension: string | null = null;
  await parsePart(pkg, '[Content_Types].xml', {
    open(element, a) {
      // Part names and extensions compare case-blind (Open Packaging Conventions, part names).
      if (element === 'Override' && a.get('PartName')?.toLowerCase() === name) override = a.get('ContentType') ?? null;
      else if (element === 'Default' && a.get('Extension')?.toLowerCase() === extension) byExtension = a.get('ContentType') ?? null;
    },
  });
  return override ?? byExtension;
}
