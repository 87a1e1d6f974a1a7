/**
 * A copy carries the input's parts over as their compressed bytes, never inflated. A part damaged in the input —
 * its data no longer what the checksum the zip records for it says — would be just as damaged in the copy, and
 * Excel would offer to "repair" the clerk's new workbook. Parts the ranking read are checked by being parsed;
 * the others (other sheets below their heads, images, themes) would slip through. So before a copy is made every
 * part is inflated with Node's zlib and its CRC-32 compared with the zip's: native, streamed, in little memory.
 *
 * The zip's central directory is walked here (only to find each part's bytes and recorded checksum); reading the
 * parts is still JSZip's. A zip64 package (a part or the file over 4 GB) is checked through JSZip instead, slower,
 * as on a Node older than 20.15 (no zlib.crc32).
 */
import { crc32, createInflateRaw } from 'node:zlib';
import JSZip from 'jszip';

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const EOCD_SIZE = 22;
/** The end record sits in the last 22 bytes plus at most a 65,535-byte comment. */
const EOCD_SEARCH = EOCD_SIZE + 0xffff;
const ZIP64_MARK = 0xffffffff;
const STORED = 0;
const DEFLATED = 8;

interface Entry {
  name: string;
  method: number;
  crc: number;
  compressedSize: number;
  localOffset: number;
}

/** How the checksums are computed: Node's zlib, or JSZip's own check (zlib.crc32 came with Node 20.15). */
export type ChecksumWay = 'zlib' | 'jszip';

/** Resolves when every part's data matches its recorded checksum; rejects with a reason naming the part. */
export async function verifyParts(zip: Buffer, way: ChecksumWay = typeof crc32 === 'function' ? 'zlib' : 'jszip'): Promise<void> {
  const entries = way === 'zlib' ? centralDirectory(zip) : null;
  if (entries === null) {
    await JSZip.loadAsync(zip, { checkCRC32: true });
    return;
  }
  for (const entry of entries) {
    const data = entryData(zip, entry);
    // No bytes at all is an empty part however it is marked (a folder entry, or a writer that skipped the empty stream).
    const actual = entry.method === STORED || data.length === 0 ? crc32(data) : await inflatedCrc(data, entry.name);
    if (actual >>> 0 !== entry.crc >>> 0) throw new Error(`部件 ${entry.name} 已损坏（校验和不符）`);
  }
}

/** Each part's place and checksum; null for a zip64 package, which JSZip checks instead. */
function centralDirectory(zip: Buffer): Entry[] | null {
  let eocd = -1;
  for (let at = zip.length - EOCD_SIZE; at >= Math.max(0, zip.length - EOCD_SEARCH); at--) {
    if (zip.readUInt32LE(at) === EOCD_SIGNATURE) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) throw new Error('找不到 zip 的目录');
  const count = zip.readUInt16LE(eocd + 10);
  const offset = zip.readUInt32LE(eocd + 16);
  if (count === 0xffff || offset === ZIP64_MARK) return null;
  const entries: Entry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== CENTRAL_SIGNATURE) throw new Error('zip 的目录已损坏');
    const nameLength = zip.readUInt16LE(at + 28);
    const entry: Entry = {
      name: zip.toString('utf8', at + 46, at + 46 + nameLength),
      method: zip.readUInt16LE(at + 10),
      crc: zip.readUInt32LE(at + 16),
      compressedSize: zip.readUInt32LE(at + 20),
      localOffset: zip.readUInt32LE(at + 42),
    };
    if (entry.compressedSize === ZIP64_MARK || zip.readUInt32LE(at + 24) === ZIP64_MARK || entry.localOffset === ZIP64_MARK) return null;
    entries.push(entry);
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return entries;
}

function entryData(zip: Buffer, entry: Entry): Buffer {
  const at = entry.localOffset;
  if (at + 30 > zip.length || zip.readUInt32LE(at) !== LOCAL_SIGNATURE) throw new Error(`部件 ${entry.name} 的位置已损坏`);
  const start = at + 30 + zip.readUInt16LE(at + 26) + zip.readUInt16LE(at + 28);
  if (start + entry.compressedSize > zip.length) throw new Error(`部件 ${entry.name} 不完整`);
  if (entry.method !== STORED && entry.method !== DEFLATED) throw new Error(`部件 ${entry.name} 用了不支持的压缩方式（${entry.method}）`);
  return zip.subarray(start, start + entry.compressedSize);
}

/** CRC-32 of the data inflated chunk by chunk, so a part of hundreds of megabytes is never held whole. */
function inflatedCrc(data: Buffer, name: string): Promise<number> {
  return new Promise((resolve, reject) => {
    let crc = 0;
    const inflate = createInflateRaw();
    inflate.on('data', (chunk: Buffer) => {
      crc = crc32(chunk, crc);
    });
    inflate.on('error', (e) => reject(new Error(`部件 ${name} 的压缩数据已损坏（${e.message}）`)));
    inflate.on('end', () => resolve(crc));
    inflate.end(data);
  });
}
