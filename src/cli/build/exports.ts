// Reads dossier exports (.csv, .xlsx) into the build's tables, with a clear message for every
// file that cannot be read (old .xls, HTML saved as .xls, missing, corrupt).
import { promises as fs } from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { parseCsv } from '../../core/build/csv';
import type { ExportCell, ExportTable } from '../../core/build/types';
import type { Lang } from '../../core/types';
import { FILE_ERROR } from '../../i18n/build';
import { InputError } from '../errors';
import { dateToSerial } from '../xlsx';

const OLE_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);
const ZIP_SIGNATURE = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/** UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1258 (legacy Vietnamese). */
export function decodeText(data: Buffer): string {
  if (data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf) return data.toString('utf8', 3);
  if (data[0] === 0xff && data[1] === 0xfe) return new TextDecoder('utf-16le').decode(data.subarray(2));
  if (data[0] === 0xfe && data[1] === 0xff) return new TextDecoder('utf-16be').decode(data.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    return new TextDecoder('windows-1258').decode(data);
  }
}

function looksLikeHtml(data: Buffer): boolean {
  const start = decodeText(data.subarray(0, 512)).trimStart().toLowerCase();
  return start.startsWith('<') && /<(html|table|!doctype|meta|\?xml)/.test(start);
}

type RawCell = ExcelJS.CellValue | undefined;

/** An .xlsx cell as the build reads it: dates as wall-clock serials, formulas as their results. */
export function exportCell(raw: RawCell): ExportCell {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'boolean') return raw;
  if (raw instanceof Date) return Number.isNaN(raw.getTime()) ? null : dateToSerial(raw);
  if (typeof raw === 'object') {
    if ('result' in raw) return exportCell(raw.result as RawCell);
    if ('formula' in raw || 'sharedFormula' in raw) return null;
    if ('richText' in raw && Array.isArray(raw.richText)) return raw.richText.map((part) => part.text).join('');
    if ('text' in raw) return exportCell(raw.text as RawCell);
    if ('error' in raw) return String(raw.error);
  }
  return String(raw);
}

/** A CSV export; none when the file holds nothing but blanks. */
export async function readCsvExport(file: string, data: Buffer): Promise<ExportTable[]> {
  const text = decodeText(data);
  if (text.trim() === '') return [];
  return [{ source: path.basename(file), rows: parseCsv(text), firstLine: 1 }];
}

/** Every worksheet with content, streamed (exports can be large). */
export async function readXlsxExport(file: string): Promise<ExportTable[]> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'emit',
  });
  const tables: ExportTable[] = [];
  for await (const worksheet of reader) {
    const sheet = worksheet as unknown as AsyncIterable<ExcelJS.Row> & { name?: string; id?: number };
    const rows: ExportCell[][] = [];
    for await (const row of sheet) {
      const values = row.values as RawCell[];
      const line: ExportCell[] = [];
      for (let col = 1; col < values.length; col++) line.push(exportCell(values[col]));
      while (rows.length < row.number - 1) rows.push([]);
      rows.push(line);
    }
    if (rows.length === 0) continue;
    tables.push({ source: `${path.basename(file)} › ${sheet.name ?? `Sheet${sheet.id ?? tables.length + 1}`}`, rows, firstLine: 1 });
  }
  return tables;
}

/** Reads one export file; throws InputError with the clerk's message when it cannot. */
export async function readExportFile(file: string, lang: Lang): Promise<ExportTable[]> {
  let data: Buffer;
  try {
    data = await fs.readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError(FILE_ERROR.notFound(file)[lang]);
    throw new InputError(FILE_ERROR.unreadable(file, String(code ?? error))[lang]);
  }
  const extension = path.extname(file).toLowerCase();
  if (data.subarray(0, 4).equals(OLE_SIGNATURE)) throw new InputError(FILE_ERROR.xls(file)[lang]);
  if (data.subarray(0, 4).equals(ZIP_SIGNATURE)) {
    try {
      return await readXlsxExport(file);
    } catch (error) {
      throw new InputError(FILE_ERROR.unreadable(file, (error as Error).message)[lang]);
    }
  }
  if (['.xls', '.xlsx', '.htm', '.html'].includes(extension)) {
    if (looksLikeHtml(data)) throw new InputError(FILE_ERROR.htmlAsXls(file)[lang]);
    if (extension === '.xls') throw new InputError(FILE_ERROR.xls(file)[lang]);
    throw new InputError(FILE_ERROR.unreadable(file, 'not a zip/xlsx container')[lang]);
  }
  if (['.csv', '.tsv', '.txt', ''].includes(extension)) return readCsvExport(file, data);
  throw new InputError(FILE_ERROR.unsupported(file)[lang]);
}
