// Reads dossier exports (.csv, .xlsx) into the build's tables, with a clear message for every
// file that cannot be read (old .xls, HTML saved as .xls, missing, corrupt).
import { promises as fs } from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { decodeCsvBytes, parseCsv } from '../../core/build/csv';
import { classifyExportFile } from '../../core/build/export-files';
import { exportCellFromExcelJs } from '../../core/build/sources';
import type { ExportCell, ExportTable } from '../../core/build/types';
import type { Lang } from '../../core/types';
import { exportTablesFromSheets } from '../../core/build/workbook-tables';
import { FILE_ERROR, refusedFileMessage } from '../../i18n/build';
import { workbookProblemText } from '../../i18n/cli';
import { readWorkbook, WorkbookReadError } from '../../workbook';
import { InputError } from '../errors';

/** Text of a CSV file, whatever its encoding. */
export const decodeText = (data: Buffer): string => decodeCsvBytes(data);

type RawCell = ExcelJS.CellValue | undefined;

/** An .xlsx cell as the build reads it: dates as wall-clock serials, formulas as their results. */
export const exportCell = (raw: RawCell): ExportCell => exportCellFromExcelJs(raw);

/** A CSV export; none when the file holds nothing but blanks. */
export async function readCsvExport(file: string, data: Buffer): Promise<ExportTable[]> {
  const text = decodeText(data);
  if (text.trim() === '') return [];
  return [{ source: path.basename(file), rows: parseCsv(text), firstLine: 1 }];
}

/**
 * Every visible worksheet with content, streamed (exports can be large). Hidden sheets (old
 * copies, lookup lists) are not read: `onHidden` hears the source name of each, to say so.
 */
export async function readXlsxExport(file: string, onHidden: (source: string) => void = () => undefined): Promise<ExportTable[]> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'emit',
  });
  const tables: ExportTable[] = [];
  for await (const worksheet of reader) {
    const sheet = worksheet as unknown as AsyncIterable<ExcelJS.Row> & { name?: string; id?: number; state?: string };
    const source = () => `${path.basename(file)} › ${sheet.name ?? `Sheet${sheet.id ?? tables.length + 1}`}`;
    if (sheet.state === 'hidden' || sheet.state === 'veryHidden') {
      for await (const row of sheet) void row; // the stream must still be read through
      onHidden(source());
      continue;
    }
    const rows: ExportCell[][] = [];
    for await (const row of sheet) {
      const values = row.values as RawCell[];
      const line: ExportCell[] = [];
      for (let col = 1; col < values.length; col++) line.push(exportCell(values[col]));
      while (rows.length < row.number - 1) rows.push([]);
      rows.push(line);
    }
    if (rows.length === 0) continue;
    tables.push({ source: source(), rows, firstLine: 1 });
  }
  return tables;
}

/** Reads one export file; throws InputError with the clerk's message when it cannot. */
export async function readExportFile(
  file: string,
  lang: Lang,
  onHidden: (source: string) => void = () => undefined,
  onFormat: (format: 'xls' | 'et' | 'ods') => void = () => undefined,
): Promise<ExportTable[]> {
  let data: Buffer;
  try {
    data = await fs.readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError(FILE_ERROR.notFound(file)[lang]);
    throw new InputError(FILE_ERROR.unreadable(file, String(code ?? error))[lang]);
  }
  const kind = classifyExportFile(file, data.subarray(0, 512), data.length);
  if (kind.kind === 'empty') return []; // a 0-byte download: reported as an empty file by the command
  if (kind.kind === 'refused') throw new InputError(refusedFileMessage(kind.reason, file, lang));
  if (kind.kind === 'csv') return readCsvExport(file, data);
  if (kind.kind === 'workbook') {
    try {
      const workbook = await readWorkbook(new Uint8Array(data.buffer, data.byteOffset, data.byteLength), { fileName: file });
      if (workbook.format === 'xls' || workbook.format === 'et' || workbook.format === 'ods') onFormat(workbook.format);
      return exportTablesFromSheets(path.basename(file), workbook.sheets, onHidden);
    } catch (error) {
      if (error instanceof WorkbookReadError) throw new InputError(workbookProblemText(file, error.problem)[lang]);
      throw error;
    }
  }
  try {
    return await readXlsxExport(file, onHidden);
  } catch (error) {
    throw new InputError(FILE_ERROR.unreadable(file, (error as Error).message)[lang]);
  }
}
