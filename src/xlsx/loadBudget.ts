/**
 * Whether loading a whole workbook into ExcelJS (to write a copy of it: rank --out, bulletin, template --from) can
 * fit in this process's memory, told before trying. ExcelJS keeps an object per cell; a workbook past the heap
 * limit ran for 12 minutes and then died with V8's English out-of-memory trace (51 MB file, 344 MB of XML).
 * Refusing at once, in Chinese, with what to do instead, is what a clerk can use.
 */
import JSZip from 'jszip';
import { getHeapStatistics } from 'node:v8';
import { unreadable, type Unreadable } from './workbookBytes';

/**
 * Bytes of memory ExcelJS needed per byte of the package's unzipped XML, measured as peak RSS of rank --out (load,
 * add the bulletin sheet, write): 26.3 MB of XML (100,000 windows) 1.9 GB, 72×; 72.5 MB (plus 100,000 records)
 * 2.96 GB, 41×. The lower figure, so a workbook is refused only when it clearly cannot fit.
 */
export const HEAP_PER_XML_BYTE = 40;

/** Sum of the parts' unzipped sizes as the zip's directory states them; null when the directory does not say. */
export async function unzippedSize(bytes: Buffer): Promise<number | null> {
  const zip = await JSZip.loadAsync(bytes);
  let total = 0;
  let known = true;
  zip.forEach((_path, entry) => {
    if (entry.dir) return; // folders JSZip lists on its own hold nothing
    // JSZip keeps the directory's figure on the entry's (untyped) compressed data.
    const size = (entry as unknown as { _data?: { uncompressedSize?: unknown } })._data?.uncompressedSize;
    if (typeof size === 'number' && size >= 0) total += size;
    else known = false;
  });
  return known ? total : null;
}

function megabytes(bytes: number): string {
  return bytes >= 1e9 ? `${(bytes / 1e9).toFixed(1)} GB` : `${Math.round(bytes / 1e6)} MB`;
}

/** A problem when the workbook cannot be loaded whole within `heapLimit` bytes; null when it can, or cannot be told. */
export async function wholeLoadProblem(bytes: Buffer, label: string, heapLimit = getHeapStatistics().heap_size_limit): Promise<Unreadable | null> {
  const xml = await unzippedSize(bytes).catch(() => null);
  if (xml === null) return null; // a damaged package is reported by the load itself
  const needed = xml * HEAP_PER_XML_BYTE;
  if (needed <= heapLimit) return null;
  return unreadable(
    `“${label}”解压后约 ${megabytes(xml)}，要整本读入再写出副本，估计需要约 ${megabytes(needed)} 内存，超过本程序可用的 ${megabytes(heapLimit)}，` +
      '已停止，没有写出任何文件。可以：不加 --out 只排名（按行读取，内存占用小）；或把考核表复制到一个单独的工作簿再生成；' +
      '或在内存足够的电脑上设置 NODE_OPTIONS=--max-old-space-size=（兆字节数）后重试。',
  );
}
