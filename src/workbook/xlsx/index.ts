// Reads an .xlsx (or .xlsm) package: only the parts that hold cells are opened; drawings, charts,
// pivot tables, comments and every other part are never parsed, so none of them can stop the read.
import type { WorkbookSheet } from '../types';
import type { ZipPackage } from '../zip';
import { readWorkbookParts } from './parts';
import { readSheet } from './sheet';

export function readXlsxSheets(zip: ZipPackage): WorkbookSheet[] {
  const parts = readWorkbookParts(zip);
  return parts.sheets.map((entry) => {
    const xml = zip.text(entry.part);
    if (xml === undefined) throw new Error(`missing ${entry.part}`);
    return readSheet(xml, entry, parts);
  });
}
