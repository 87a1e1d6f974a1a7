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
