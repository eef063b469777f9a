// Reads an .xlsx workbook into the core's grids, giving the core what Excel gives the add-in.
import { promises as fs } from 'fs';
import ExcelJS from 'exceljs';
import { parseA1Range } from '../core/address';
import type { CellRef, CellValue, Grid } from '../core/types';
import { cliMessages } from '../i18n/cli';
import { readZip } from './build/zip';
import { InputError } from './errors';

const OLE_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);
const ZIP_SIGNATURE = Buffer.from([0x50, 0x4b]);
const EXCEL_EPOCH_OFFSET_DAYS = 25569;
const MS_PER_DAY = 86_400_000;

/** exceljs gives dates as UTC instants holding the wall-clock time; Excel stores serial days. */
export function dateToSerial(date: Date): number {
  return date.getTime() / MS_PER_DAY + EXCEL_EPOCH_OFFSET_DAYS;
}

type RawValue = ExcelJS.CellValue | undefined;

function plainValue(raw: RawValue): CellValue {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === 'number' || typeof raw === 'string' || typeof raw === 'boolean') return raw;
  if (raw instanceof Date) return dateToSerial(raw);
  if (typeof raw === 'object') {
    if ('error' in raw && typeof raw.error === 'string') return { error: raw.error };
    if ('richText' in raw && Array.isArray(raw.richText)) return raw.richText.map((part) => part.text).join('');
    if ('text' in raw && typeof raw.text === 'string') return raw.text;
  }
  return null;
}

function isFormulaValue(raw: RawValue): raw is ExcelJS.CellFormulaValue | ExcelJS.CellSharedFormulaValue {
  return typeof raw === 'object' && raw !== null && ('formula' in raw || 'sharedFormula' in raw);
}

/** Checks the file exists and is an .xlsx (zip), with a message a clerk can act on. */
export async function assertReadableXlsx(filePath: string): Promise<Buffer> {
  let data: Buffer;
  try {
    data = await fs.readFile(filePath);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? cliMessages.fileMissing(filePath) : cliMessages.fileUnreadable(filePath, String(code ?? error)));
  }
  // The content decides, not the name: an .xlsx renamed .xls is still read.
  if (data.subarray(0, 2).equals(ZIP_SIGNATURE)) return data;
  if (data.subarray(0, 4).equals(OLE_SIGNATURE) || /\.xls$/i.test(filePath)) throw new InputError(cliMessages.oldXls(filePath));
  throw new InputError(cliMessages.notXlsx(filePath));
}

/**
 * Number formats whose "%" is a literal sign (`0.0\%`, as LibreOffice saves `0.0"%"`): exceljs drops
 * the backslash and shows them as true percent formats, which multiply by 100. Maps the form exceljs
 * shows to one that keeps the sign literal.
 */
function literalPercentFormats(data: Buffer): Map<string, string> {
  const formats = new Map<string, string>();
  let styles: string;
  try {
    styles = readZip(data).find((entry) => entry.name === 'xl/styles.xml')?.data.toString('utf8') ?? '';
  } catch {
    return formats;
  }
  for (const match of styles.matchAll(/<numFmt\b[^>]*\bformatCode="([^"]*)"/g)) {
    const code = match[1].replace(/&quot;/g, '"').replace(/&amp;/g, '&');
    if (!code.includes('\\%')) continue;
    formats.set(code.replace(/\\(.)/g, '$1'), code.replace(/\\%/g, '"%"').replace(/\\(.)/g, '$1'));
  }
  return formats;
}

async function loadWorkbookWithFormats(filePath: string): Promise<{ workbook: ExcelJS.Workbook; literalPercent: Map<string, string> }> {
  const data = await assertReadableXlsx(filePath);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data as unknown as ArrayBuffer);
  } catch (error) {
    throw new InputError(cliMessages.corruptXlsx(filePath, (error as Error).message));
  }
  return { workbook, literalPercent: literalPercentFormats(data) };
}

export function worksheetToGrid(sheet: ExcelJS.Worksheet, literalPercent: Map<string, string> = new Map()): Grid {
  const rowTotal = sheet.rowCount;
  const colTotal = sheet.columnCount;
  const merges = ((sheet.model as { merges?: string[] }).merges ?? []).map((address) => parseA1Range(address));
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  const numberFormats: (string | null)[][] = [];
  const uncached: CellRef[] = [];
  for (let r = 1; r <= rowTotal; r++) {
    const row = sheet.getRow(r);
    const valueLine: CellValue[] = new Array(colTotal).fill(null);
    const formulaLine: (string | null)[] = new Array(colTotal).fill(null);
    const formatLine: (string | null)[] = new Array(colTotal).fill(null);
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (c > colTotal) return;
      // exceljs repeats a merged area's value in every cell; Excel shows it in the top-left only.
      if (cell.isMerged && cell.master.address !== cell.address) return;
      const raw = cell.value;
      formatLine[c - 1] = cell.numFmt ? literalPercent.get(cell.numFmt) ?? cell.numFmt : null;
      if (isFormulaValue(raw)) {
        const text = 'formula' in raw && raw.formula ? raw.formula : (raw as ExcelJS.CellSharedFormulaValue).sharedFormula;
        formulaLine[c - 1] = `=${text}`;
        const result = (cell as unknown as { result?: RawValue }).result;
        if (result === undefined) uncached.push({ row: r - 1, col: c - 1 });
        valueLine[c - 1] = plainValue(result);
      } else {
        valueLine[c - 1] = plainValue(raw);
      }
    });
    values.push(valueLine);
    formulas.push(formulaLine);
    numberFormats.push(formatLine);
  }
  const grid: Grid = { sheetName: sheet.name, origin: { row: 0, col: 0 }, values, formulas, numberFormats, merges, uncached };
  if (sheet.state === 'hidden' || sheet.state === 'veryHidden') grid.hidden = true;
  return grid;
}

/** Every worksheet of an .xlsx file as a grid, in workbook order. */
export async function readXlsxGrids(filePath: string): Promise<Grid[]> {
  const { workbook, literalPercent } = await loadWorkbookWithFormats(filePath);
  return workbook.worksheets.map((sheet) => worksheetToGrid(sheet, literalPercent));
}
