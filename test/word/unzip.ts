// Reads one entry of a .docx (a zip) with Node's zlib, to assert the XML Word will read.
import { inflateRawSync } from 'zlib';

export function zipEntry(zip: Buffer, name: string): string {
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) throw new Error('not a zip file');
  const count = zip.readUInt16LE(eocd + 10);
  let pointer = zip.readUInt32LE(eocd + 16);
  for (let i = 0; i < count; i++) {
    const method = zip.readUInt16LE(pointer + 10);
    const size = zip.readUInt32LE(pointer + 20);
    const nameLength = zip.readUInt16LE(pointer + 28);
    const skip = nameLength + zip.readUInt16LE(pointer + 30) + zip.readUInt16LE(pointer + 32);
    const local = zip.readUInt32LE(pointer + 42);
    if (zip.toString('utf8', pointer + 46, pointer + 46 + nameLength) === name) {
      const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const raw = zip.subarray(start, start + size);
      return (method === 8 ? inflateRawSync(raw) : raw).toString('utf8');
    }
    pointer += 46 + skip;
  }
  throw new Error(`no ${name} in the zip`);
}
