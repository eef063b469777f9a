// The .xlsx container as a list of parts, in order, for rewriting a package exceljs wrote
// (fflate: the same code in Node and the browser; no zip64, no encryption).
import { unzipSync, zipSync, type Zippable } from 'fflate';

export interface ZipEntry {
  name: string;
  data: Uint8Array;
}

/** 1980-01-01 00:00 local time, the first DOS date: the output does not depend on the clock. */
const FIRST_DOS_DAY = new Date(1980, 0, 1);

export function readZip(zip: Uint8Array): ZipEntry[] {
  let parts: Record<string, Uint8Array>;
  try {
    parts = unzipSync(zip);
  } catch (error) {
    throw new Error(`not a readable zip file (${error instanceof Error ? error.message : String(error)})`);
  }
  return Object.entries(parts).map(([name, data]) => ({ name, data }));
}

export function writeZip(entries: ZipEntry[], level: 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 = 6): Uint8Array {
  const files: Zippable = {};
  for (const entry of entries) files[entry.name] = [entry.data, { level: entry.name.endsWith('/') ? 0 : level }];
  if (entries.length > 0xffff) throw new Error('workbook too large for a zip without zip64');
  return zipSync(files, { mtime: FIRST_DOS_DAY });
}
