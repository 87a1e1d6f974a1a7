/**
 * The check before a copy: every part of the input inflates to the checksum its zip records, by Node's zlib or
 * (older Node, zip64) by JSZip — both ways accept the same intact packages and refuse the same damaged ones.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { verifyParts, type ChecksumWay } from '../../src/xlsx/addSheet/verifyParts';
import { partDataOffset } from './xlsxParts';

const SAMPLE = readFileSync(path.join(__dirname, '..', '..', 'samples', 'weekly-bulletin-2023-38.xlsx'));

/** The sample with one byte of a part's stored data changed (the part stored uncompressed, so it still "inflates"). */
async function storedWithChangedByte(part: string): Promise<Buffer> {
  const zip = await (await JSZip.loadAsync(SAMPLE)).generateAsync({ type: 'nodebuffer', compression: 'STORE' });
  const data = partDataOffset(zip, part);
  const damaged = Buffer.from(zip);
  damaged[data + 10] = damaged[data + 10] === 0x41 ? 0x42 : 0x41;
  return damaged;
}

describe.each<ChecksumWay>(['zlib', 'jszip'])('verifyParts by %s', (way) => {
  it('accepts intact packages, compressed and stored', async () => {
    await expect(verifyParts(SAMPLE, way)).resolves.toBeUndefined();
    const stored = await (await JSZip.loadAsync(SAMPLE)).generateAsync({ type: 'nodebuffer', compression: 'STORE' });
    await expect(verifyParts(stored, way)).resolves.toBeUndefined();
  });

  it('refuses a part whose bytes no longer match its checksum', async () => {
    await expect(verifyParts(await storedWithChangedByte('xl/styles.xml'), way)).rejects.toThrow(way === 'zlib' ? /部件 xl\/styles\.xml 已损坏/u : /CRC32 mismatch/u);
  });

  it('refuses a part whose compressed data does not inflate', async () => {
    const damaged = Buffer.from(SAMPLE);
    const data = partDataOffset(damaged, 'xl/theme/theme1.xml');
    damaged.fill(0xff, data, data + 8);
    await expect(verifyParts(damaged, way)).rejects.toThrow();
  });
});

/** A zip record of `size` bytes with little-endian fields: [offset, 2 or 4 bytes, value]. */
function record(size: number, fields: [number, 2 | 4, number][]): Buffer {
  const b = Buffer.alloc(size);
  for (const [at, width, value] of fields) (width === 2 ? b.writeUInt16LE(value, at) : b.writeUInt32LE(value, at));
  return b;
}

/** A zip written byte by byte: each entry as given (method, recorded CRC, data), for layouts JSZip never writes. */
function handMadeZip(entries: { name: string; method: number; crc: number; data: Buffer }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const size = e.data.length;
    locals.push(record(30, [[0, 4, 0x04034b50], [4, 2, 20], [8, 2, e.method], [14, 4, e.crc], [18, 4, size], [22, 4, size], [26, 2, name.length]]), name, e.data);
    centrals.push(record(46, [[0, 4, 0x02014b50], [4, 2, 20], [6, 2, 20], [10, 2, e.method], [16, 4, e.crc], [20, 4, size], [24, 4, size], [28, 2, name.length], [42, 4, offset]]), name);
    offset += 30 + name.length + size;
  }
  const directory = Buffer.concat(centrals);
  const end = record(22, [[0, 4, 0x06054b50], [8, 2, entries.length], [10, 2, entries.length], [12, 4, directory.length], [16, 4, offset]]);
  return Buffer.concat([...locals, directory, end]);
}

describe('verifyParts by zlib on layouts other writers use', () => {
  it('takes a part marked deflated with no bytes at all as empty', async () => {
    await expect(verifyParts(handMadeZip([{ name: 'empty.xml', method: 8, crc: 0, data: Buffer.alloc(0) }]), 'zlib')).resolves.toBeUndefined();
  });

  it('refuses a compression method it cannot check, naming the part', async () => {
    await expect(verifyParts(handMadeZip([{ name: 'x.xml', method: 12, crc: 0, data: Buffer.from('BZh') }]), 'zlib')).rejects.toThrow(/部件 x\.xml 用了不支持的压缩方式（12）/u);
  });
});
