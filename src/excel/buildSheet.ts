// Writes the built workbook into the clerk's workbook through office.js: the annex sheet in the
// seed's layout (formulas, #,##0, merges, borders, A4 landscape with the header rows repeated),
// then "Chi tiết" and "Tóm tắt", in blocks that stay under Excel on the web's 5 MB request limit.
import { columnLetter, rangeToA1, toA1 } from '../core/address';
import type { AnnexSheetCell } from '../core/build/annex';
import { excelSerialFromDay } from '../core/build/dates';
import type { AnnexWorkbook, RowsSheet, TypedCell } from '../core/build/workbook-model';

export interface BuildSheetsInput {
  /** What to write, in the clerk's words (the same sheets the CLI writes). */
  workbook: AnnexWorkbook;
  /** Sheets the add-in made before (settings): replaced, where a clerk's sheet of the same name is not. */
  ownSheets: string[];
  /** ExcelApi 1.9: page layout, print titles and the auto filter. */
  pageLayout: boolean;
  /** Progress through the rows of the first rows sheet (the detail list). */
  onProgress?: (rowsWritten: number, rowsTotal: number) => void;
}

export interface BuildSheetsResult {
  annexName: string;
  /** The rows sheets as named in the workbook, in order ("Chi tiết", "Tóm tắt"; "Chi tiết (2)" beside a clerk's sheet). */
  sheetNames: string[];
}

/** Rows of a rows sheet per request: 15 columns × 2,000 rows stays far under 5 MB. */
export const DETAIL_ROWS_PER_SYNC = 2_000;

const POINTS_PER_CHARACTER = 7;

/**
 * Text that Excel would read as a formula or a number sign ("=…", "+…", "-…", "@…") gets the
 * quote prefix, so a hostile export can never plant a formula; the column is text-formatted too.
 */
export function excelText(text: string): string {
  return /^[=+\-@']/.test(text) ? `'${text}` : text;
}

/** A free name: `wanted` when it is free or the add-in's own; else "wanted (2)", "(3)"… (≤ 31 characters). */
export function freeSheetName(wanted: string, existing: readonly string[], ownSheets: readonly string[]): string {
  const taken = (name: string) => existing.some((e) => e.toLowerCase() === name.toLowerCase()) && !ownSheets.includes(name);
  if (!taken(wanted)) return wanted;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = wanted.slice(0, 31 - suffix.length) + suffix;
    if (!taken(candidate)) return candidate;
  }
}

function annexMatrices(annex: AnnexWorkbook['annex']): { formulas: (string | number)[][]; formats: string[][] } {
  const formulas = Array.from({ length: annex.rowCount }, () => Array.from({ length: annex.colCount }, (): string | number => ''));
  const formats = Array.from({ length: annex.rowCount }, () => Array.from({ length: annex.colCount }, () => 'General'));
  for (const cell of annex.cells) {
    formulas[cell.row][cell.col] = cellInput(cell);
    if (cell.numFmt) formats[cell.row][cell.col] = cell.numFmt;
    if (cell.style === 'fieldName') formats[cell.row][cell.col] = '@';
  }
  return { formulas, formats };
}

function cellInput(cell: AnnexSheetCell): string | number {
  if (cell.formula) return cell.formula;
  if (cell.value === null) return '';
  return typeof cell.value === 'string' ? excelText(cell.value) : cell.value;
}

function writeAnnex(sheet: Excel.Worksheet, input: AnnexWorkbook, pageLayout: boolean): void {
  const { annex } = input;
  const whole = { top: 0, left: 0, bottom: annex.rowCount - 1, right: annex.colCount - 1 };
  const sheetRange = sheet.getRange(rangeToA1(whole));
  const { formulas, formats } = annexMatrices(annex);
  sheetRange.numberFormat = formats;
  sheetRange.formulas = formulas;
  sheetRange.format.font.name = 'Times New Roman';
  sheetRange.format.font.size = 11;
  sheetRange.format.verticalAlignment = 'Center';
  if (annex.table.top > 0) {
    const titles = sheet.getRange(rangeToA1({ top: 0, left: 0, bottom: annex.table.top - 1, right: whole.right }));
    titles.format.font.bold = true;
    titles.format.horizontalAlignment = 'Center';
  }
  const table = sheet.getRange(rangeToA1(annex.table));
  for (const edge of ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideHorizontal', 'InsideVertical'] as const) {
    table.format.borders.getItem(edge).style = 'Continuous';
  }
  const header = sheet.getRange(rangeToA1({ top: annex.printTitleRows.top, left: 0, bottom: annex.printTitleRows.bottom, right: whole.right }));
  header.format.horizontalAlignment = 'Center';
  header.format.wrapText = true;
  header.format.font.bold = true;
  const numbering = sheet.getRange(rangeToA1({ top: annex.printTitleRows.bottom, left: 0, bottom: annex.printTitleRows.bottom, right: whole.right }));
  numbering.format.font.bold = false;
  numbering.format.font.italic = true;
  for (const merge of annex.merges) sheet.getRange(rangeToA1(merge)).merge(false);
  if (annex.fieldRows.length > 0) {
    const first = annex.fieldRows[0].row;
    const last = annex.fieldRows[annex.fieldRows.length - 1].row;
    sheet.getRange(rangeToA1({ top: first, left: 1, bottom: last, right: 1 })).format.wrapText = true;
    sheet.getRange(rangeToA1({ top: first, left: 0, bottom: last, right: 0 })).format.horizontalAlignment = 'Center';
  }
  const totals = sheet.getRange(rangeToA1({ top: annex.totalRow, left: 0, bottom: annex.ratesRow, right: whole.right }));
  totals.format.font.bold = true;
  annex.columnWidths.forEach((width, col) => {
    sheet.getRange(`${columnLetter(col)}:${columnLetter(col)}`).format.columnWidth = width * POINTS_PER_CHARACTER;
  });
  annex.rowHeights.forEach(({ row, height }) => {
    sheet.getRange(`${row + 1}:${row + 1}`).format.rowHeight = height;
  });
  sheet.freezePanes.freezeAt(sheet.getRange(rangeToA1({ top: 0, left: 0, bottom: annex.printTitleRows.bottom, right: 1 })));
  if (pageLayout) {
    sheet.pageLayout.orientation = 'Landscape';
    sheet.pageLayout.paperSize = 'A4';
    sheet.pageLayout.centerHorizontally = true;
    sheet.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    sheet.pageLayout.setPrintTitleRows(`$${annex.printTitleRows.top + 1}:$${annex.printTitleRows.bottom + 1}`);
    sheet.pageLayout.headersFooters.defaultForAllPages.centerHeader = `&B${input.printTitle.replace(/&/g, '&&')}`;
  }
}

function cellValue(cell: TypedCell): string | number {
  if (cell === null) return '';
  if (cell.t === 's') return excelText(cell.v);
  if (cell.t === 'd') return excelSerialFromDay(cell.v);
  return cell.v;
}

const FORMAT_OF_KIND = { s: '@', n: '0', d: 'dd/mm/yyyy' } as const;

/** Each column's format: that of its first typed cell (text when none), so a blank date cell stays a date cell. */
function columnFormats(rows: TypedCell[][], width: number): string[] {
  return Array.from({ length: width }, (_, col) => {
    for (const row of rows) {
      const cell = row[col];
      if (cell) return FORMAT_OF_KIND[cell.t];
    }
    return '@';
  });
}

async function writeRowsSheet(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  rowsSheet: RowsSheet,
  pageLayout: boolean,
  onProgress?: (done: number, total: number) => void,
): Promise<void> {
  const rows = [...rowsSheet.rows];
  const headerRows = rowsSheet.headers ? 1 : 0;
  const width = Math.max(rowsSheet.headers?.length ?? 0, rowsSheet.widths.length, ...rows.map((row) => row.length));
  const lastCol = columnLetter(width - 1);
  if (rowsSheet.headers) {
    const header = sheet.getRange(`A1:${lastCol}1`);
    header.values = [Array.from({ length: width }, (_, col) => excelText(rowsSheet.headers![col] ?? ''))];
    header.format.font.bold = true;
    header.format.wrapText = true;
    sheet.freezePanes.freezeRows(1);
  }
  for (let col = 0; col < width; col++) {
    sheet.getRange(`${columnLetter(col)}:${columnLetter(col)}`).format.columnWidth = (rowsSheet.widths[col] ?? 12) * POINTS_PER_CHARACTER;
  }
  if (rowsSheet.boldFirstRow && rows.length > 0) sheet.getRange(`A${headerRows + 1}:${lastCol}${headerRows + 1}`).format.font.bold = true;
  const formats = columnFormats(rows, width);
  await context.sync();
  for (let start = 0; start < rows.length; start += DETAIL_ROWS_PER_SYNC) {
    const block = rows.slice(start, start + DETAIL_ROWS_PER_SYNC);
    const first = headerRows + start + 1;
    const range = sheet.getRange(`A${first}:${lastCol}${first + block.length - 1}`);
    // The format is set before the values in the same request: every text is entered as text.
    range.numberFormat = block.map((row) => Array.from({ length: width }, (_, col) => (row[col] ? FORMAT_OF_KIND[row[col]!.t] : formats[col])));
    range.values = block.map((row) => Array.from({ length: width }, (_, col) => cellValue(row[col] ?? null)));
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- chunking is the point: each request must stay under 5 MB
    await context.sync();
    onProgress?.(start + block.length, rows.length);
  }
  if (pageLayout && rowsSheet.headers) sheet.autoFilter.apply(sheet.getRange(`A1:${lastCol}${rows.length + headerRows}`));
}

/** Replaces the add-in's earlier sheets, writes them all and activates the annex. */
export async function writeBuildSheets(context: Excel.RequestContext, input: BuildSheetsInput): Promise<BuildSheetsResult> {
  const { workbook } = input;
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name');
  await context.sync();
  const existing = worksheets.items.map((sheet) => sheet.name);
  const annexName = freeSheetName(workbook.annexName, existing, input.ownSheets);
  const sheetNames = workbook.sheets.map((rowsSheet) => freeSheetName(rowsSheet.name, existing, input.ownSheets));
  for (const name of [annexName, ...sheetNames]) {
    if (existing.some((e) => e.toLowerCase() === name.toLowerCase())) worksheets.getItem(name).delete();
  }
  const annexSheet = worksheets.add(annexName);
  const rowsSheets = sheetNames.map((name) => worksheets.add(name));
  writeAnnex(annexSheet, workbook, input.pageLayout);
  for (let index = 0; index < rowsSheets.length; index++) {
    await writeRowsSheet(context, rowsSheets[index], workbook.sheets[index], input.pageLayout, index === 0 ? input.onProgress : undefined);
  }
  annexSheet.activate();
  annexSheet.getRange(toA1(workbook.annex.printTitleRows.bottom + 1, 2)).select();
  await context.sync();
  return { annexName, sheetNames };
}
