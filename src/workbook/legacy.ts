// .xls (Excel 97-2003 and WPS .et, both BIFF in an OLE package) and .ods (LibreOffice), read with
// SheetJS CE, loaded only when such a file comes: the .xlsx path never pays for it.
import type { CellRange, CellValue } from '../core/types';
import { isDateFormat, normalizeFormatCode } from './xlsx/number-formats';
import { oleFormat } from './detect';
import { fitsRectangle } from './rectangle';
import { WorkbookReadError, type SheetVisibility, type WorkbookContents, type WorkbookFormat, type WorkbookSheet } from './types';

type SheetJs = typeof import('@e965/xlsx');
type CellObject = import('@e965/xlsx').CellObject;

const DAYS_1900_TO_1904 = 1462;

async function loadSheetJs(): Promise<SheetJs> {
  return import(/* webpackChunkName: "sheetjs" */ '@e965/xlsx');
}

function isPasswordError(error: unknown): boolean {
  return /password/i.test((error as Error)?.message ?? '');
}

/** SheetJS reports a few format guesses on the console; a clerk's terminal is no place for them. */
function quietly<T>(read: () => T): T {
  const original = console.error;
  console.error = () => undefined;
  try {
    return read();
  } finally {
    console.error = original;
  }
}

function plainValue(cell: CellObject, format: string | null, date1904: boolean): CellValue {
  switch (cell.t) {
    case 'n':
      return date1904 && isDateFormat(format) ? (cell.v as number) + DAYS_1900_TO_1904 : (cell.v as number);
    case 's':
      return String(cell.v ?? '');
    case 'b':
      return Boolean(cell.v);
    case 'e':
      return { error: cell.w ?? '#N/A' };
    default:
      return null;
  }
}

function toSheet(xlsx: SheetJs, name: string, sheet: import('@e965/xlsx').WorkSheet, visibility: SheetVisibility, date1904: boolean): WorkbookSheet {
  const data = (sheet['!data'] ?? []) as (CellObject | undefined)[][];
  const range = sheet['!ref'] ? xlsx.utils.decode_range(sheet['!ref']) : { e: { r: -1, c: -1 } };
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  const numberFormats: (string | null)[][] = [];
  const uncached: { row: number; col: number }[] = [];
  const rectangular = fitsRectangle(range.e.r, range.e.c);
  for (let r = 0; r <= range.e.r; r++) {
    const line = data[r] ?? [];
    const width = rectangular ? range.e.c + 1 : line.length;
    const valueLine: CellValue[] = new Array(width).fill(null);
    const formulaLine: (string | null)[] = new Array(width).fill(null);
    const formatLine: (string | null)[] = new Array(width).fill(null);
    for (let c = 0; c < width; c++) {
      const cell = line[c];
      if (!cell) continue;
      const format = typeof cell.z === 'string' && !/^general$/i.test(cell.z) ? normalizeFormatCode(cell.z) : null;
      valueLine[c] = plainValue(cell, format, date1904);
      if (cell.f) {
        formulaLine[c] = `=${cell.f}`;
        if (cell.t === 'z' || cell.v === undefined) uncached.push({ row: r, col: c });
      }
      if (valueLine[c] !== null || cell.f) formatLine[c] = format;
    }
    values.push(valueLine);
    formulas.push(formulaLine);
    numberFormats.push(formatLine);
  }
  const merges: CellRange[] = (sheet['!merges'] ?? []).map((m) => ({ top: m.s.r, left: m.s.c, bottom: m.e.r, right: m.e.c }));
  for (const merge of merges) {
    for (let r = merge.top; r <= Math.min(merge.bottom, values.length - 1); r++) {
      for (let c = merge.left; c <= merge.right; c++) if (r !== merge.top || c !== merge.left) values[r][c] = null;
    }
  }
  const hiddenRows = (sheet['!rows'] ?? []).flatMap((row, r) => (row?.hidden ? [r] : []));
  const result: WorkbookSheet = { sheetName: name, origin: { row: 0, col: 0 }, values, formulas, numberFormats, merges, uncached, visibility, hiddenRows };
  if (visibility !== 'visible') result.hidden = true;
  return result;
}

const VISIBILITY: SheetVisibility[] = ['visible', 'hidden', 'veryHidden'];

export interface LegacyInput {
  /** What the bytes were taken for: an OLE package (.xls, .et) or an .ods. */
  container: 'ole' | 'ods';
  fileName?: string;
  /** Sheets known to be hidden that SheetJS cannot tell (.ods). */
  hiddenSheets?: Set<string>;
}

/** Reads an .xls, WPS .et or .ods with SheetJS. */
export async function readLegacyWorkbook(bytes: Uint8Array, { container, fileName, hiddenSheets }: LegacyInput): Promise<WorkbookContents> {
  const xlsx = await loadSheetJs();
  let format: WorkbookFormat = 'ods';
  if (container === 'ole') {
    let streams: string[];
    try {
      streams = (xlsx.CFB.read(bytes, { type: 'array' }) as { FullPaths: string[] }).FullPaths;
    } catch (error) {
      throw new WorkbookReadError({ kind: 'damaged', format: fileName && /\.et$/i.test(fileName) ? 'et' : 'xls', detail: (error as Error).message });
    }
    const kind = oleFormat(streams, fileName);
    if (kind === 'encrypted') throw new WorkbookReadError({ kind: 'encrypted', format: 'xlsx' });
    if (kind === 'other-office') throw new WorkbookReadError({ kind: 'other-office' });
    format = kind;
  }
  let workbook: import('@e965/xlsx').WorkBook;
  try {
    workbook = quietly(() => xlsx.read(bytes, { type: 'array', dense: true, cellFormula: true, cellNF: true, cellDates: false, cellStyles: false }));
  } catch (error) {
    if (isPasswordError(error) && (format === 'xls' || format === 'et')) throw new WorkbookReadError({ kind: 'encrypted', format });
    throw new WorkbookReadError({ kind: 'damaged', format, detail: (error as Error).message });
  }
  const date1904 = Boolean(workbook.Workbook?.WBProps?.date1904);
  const sheets = workbook.SheetNames.flatMap((name, index) => {
    const sheet = workbook.Sheets[name];
    if (!sheet || sheet['!type'] === 'chart') return [];
    const stated = VISIBILITY[workbook.Workbook?.Sheets?.[index]?.Hidden ?? 0] ?? 'visible';
    const visibility = stated === 'visible' && hiddenSheets?.has(name) ? 'hidden' : stated;
    return [toSheet(xlsx, name, sheet, visibility, date1904)];
  });
  return { format, sheets };
}
