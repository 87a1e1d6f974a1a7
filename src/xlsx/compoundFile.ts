/**
 * The stream names in a Compound File Binary (the container of .xls, .et, .doc and of password-protected .xlsx):
 * enough of [MS-CFB] to walk the directory's sector chain. What is inside the streams is never read. Any
 * inconsistency (a chain leaving the file, a loop) answers null: the file is then named only as "some compound file".
 */

const END_OF_CHAIN = 0xfffffffe;

export function compoundFileStreams(bytes: Buffer): Set<string> | null {
  if (bytes.length < 512) return null;
  const sectorShift = bytes.readUInt16LE(0x1e);
  if (sectorShift !== 9 && sectorShift !== 12) return null;
  const sectorSize = 1 << sectorShift;
  const perSector = sectorSize / 4;
  const sectorCount = Math.floor(bytes.length / sectorSize) - 1;
  const offset = (sector: number): number | null => (sector < sectorCount ? (sector + 1) * sectorSize : null);

  // The FAT's own sectors: 109 listed in the header, the rest in the DIFAT chain.
  const fatSectors: number[] = [];
  const fatCount = bytes.readUInt32LE(0x2c);
  for (let i = 0; i < 109 && fatSectors.length < fatCount; i++) fatSectors.push(bytes.readUInt32LE(0x4c + i * 4));
  for (let difat = bytes.readUInt32LE(0x44), hops = 0; fatSectors.length < fatCount && difat !== END_OF_CHAIN; hops++) {
    const at = offset(difat);
    if (at === null || hops > sectorCount) return null;
    for (let i = 0; i < perSector - 1 && fatSectors.length < fatCount; i++) fatSectors.push(bytes.readUInt32LE(at + i * 4));
    difat = bytes.readUInt32LE(at + sectorSize - 4);
  }
  const next = (sector: number): number | null => {
    const fatAt = offset(fatSectors[Math.floor(sector / perSector)] ?? Number.MAX_SAFE_INTEGER);
    return fatAt === null ? null : bytes.readUInt32LE(fatAt + (sector % perSector) * 4);
  };

  const names = new Set<string>();
  for (let sector: number | null = bytes.readUInt32LE(0x30), hops = 0; sector !== END_OF_CHAIN; hops++) {
    const at = sector === null ? null : offset(sector);
    if (sector === null || at === null || hops > sectorCount) return null;
    for (let entry = at; entry < at + sectorSize; entry += 128) {
      const nameBytes = bytes.readUInt16LE(entry + 64);
      const type = bytes[entry + 66];
      if (type === 0 || nameBytes < 2 || nameBytes > 64) continue; // an unused entry
      names.add(bytes.toString('utf16le', entry, entry + nameBytes - 2));
    }
    sector = next(sector);
  }
  return names;
}
