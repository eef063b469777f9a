// Writes the built annex into the workbook through office.js: the annex sheet in the seed's
// layout (formulas, #,##0, merges, borders, A4 landscape with the header rows repeated) and the
// "Chi tiết" sheet, in blocks that stay under Excel on the web's 5 MB request limit.
import { columnLetter, rangeToA1, toA1 } from '../core/address';
import type { AnnexCell, AnnexSheet } from '../core/build/annex';
import { excelSerialFromDay } from '../core/build/dates';
import type { TypedCell } from '../core/build/detail';

export interface BuildSheetsInput {
  annexName: string;
  annex: AnnexSheet;
  /** Page header of the printed annex. */
  printTitle: string;
  detailName: string;
  detailHeaders: string[];
  detailWidths: number[];
  detailRows: TypedCell[][];
  /** 0-based detail columns that hold dates. */
  detailDateColumns: number[];
  /** Sheets the add-in made before (settings): replaced, where a clerk's sheet of the same name is not. */
  ownSheets: string[];
  /** ExcelApi 1.9: page layout, print titles and the auto filter. */
  pageLayout: boolean;
  onProgress?: (rowsWritten: number, rowsTotal: number) => void;
}

export interface BuildSheetsResult {
  annexName: string;
  detailName: string;
}

/** Rows of the detail sheet per request: 15 columns × 2,000 rows stays far under 5 MB. */
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

function annexMatrices(annex: AnnexSheet): { formulas: (string | number)[][]; formats: string[][] } {
  const formulas = Array.from({ length: annex.rowCount }, () => Array.from({ length: annex.colCount }, (): string | number => ''));
  const formats = Array.from({ length: annex.rowCount }, () => Array.from({ length: annex.colCount }, () => 'General'));
  for (const cell of annex.cells) {
    formulas[cell.row][cell.col] = cellInput(cell);
    if (cell.numFmt) formats[cell.row][cell.col] = cell.numFmt;
    if (cell.style === 'fieldName') formats[cell.row][cell.col] = '@';
  }
  return { formulas, formats };
}

function cellInput(cell: AnnexCell): string | number {
  if (cell.formula) return cell.formula;
  if (cell.value === null) return '';
  return typeof cell.value === 'string' ? excelText(cell.value) : cell.value;
}

function writeAnnex(sheet: Excel.Worksheet, input: BuildSheetsInput): void {
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
  if (input.pageLayout) {
    sheet.pageLayout.orientation = 'Landscape';
    sheet.pageLayout.paperSize = 'A4';
    sheet.pageLayout.centerHorizontally = true;
    sheet.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    sheet.pageLayout.setPrintTitleRows(`$${annex.printTitleRows.top + 1}:$${annex.printTitleRows.bottom + 1}`);
    sheet.pageLayout.headersFooters.defaultForAllPages.centerHeader = `&B${input.printTitle.replace(/&/g, '&&')}`;
  }
}

function detailValue(cell: TypedCell): string | number {
  if (cell === null) return '';
  if (cell.t === 's') return excelText(cell.v);
  if (cell.t === 'd') return excelSerialFromDay(cell.v);
  return cell.v;
}

async function writeDetail(context: Excel.RequestContext, sheet: Excel.Worksheet, input: BuildSheetsInput): Promise<void> {
  const width = input.detailHeaders.length;
  const lastCol = columnLetter(width - 1);
  const rows = input.detailRows;
  const lastRow = rows.length + 1;
  const header = sheet.getRange(`A1:${lastCol}1`);
  header.values = [input.detailHeaders.map(excelText)];
  header.format.font.bold = true;
  header.format.wrapText = true;
  const formats = Array.from({ length: width }, (_, col) => (col === 0 ? '0' : input.detailDateColumns.includes(col) ? 'dd/mm/yyyy' : '@'));
  for (let col = 0; col < width; col++) {
    sheet.getRange(`${columnLetter(col)}:${columnLetter(col)}`).format.columnWidth = (input.detailWidths[col] ?? 12) * POINTS_PER_CHARACTER;
  }
  sheet.freezePanes.freezeRows(1);
  await context.sync();
  for (let start = 0; start < rows.length; start += DETAIL_ROWS_PER_SYNC) {
    const block = rows.slice(start, start + DETAIL_ROWS_PER_SYNC);
    const range = sheet.getRange(`A${start + 2}:${lastCol}${start + 1 + block.length}`);
    // The format is set before the values in the same request: every text is entered as text.
    range.numberFormat = block.map(() => formats);
    range.values = block.map((row) => Array.from({ length: width }, (_, col) => detailValue(row[col] ?? null)));
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- chunking is the point: each request must stay under 5 MB
    await context.sync();
    input.onProgress?.(start + block.length, rows.length);
  }
  if (input.pageLayout) sheet.autoFilter.apply(sheet.getRange(`A1:${lastCol}${lastRow}`));
}

/** Replaces the add-in's earlier sheets, writes both and activates the annex. */
export async function writeBuildSheets(context: Excel.RequestContext, input: BuildSheetsInput): Promise<BuildSheetsResult> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name');
  await context.sync();
  const existing = worksheets.items.map((sheet) => sheet.name);
  const annexName = freeSheetName(input.annexName, existing, input.ownSheets);
  const detailName = freeSheetName(input.detailName, existing, input.ownSheets);
  for (const name of [annexName, detailName]) {
    if (existing.some((e) => e.toLowerCase() === name.toLowerCase())) worksheets.getItem(name).delete();
  }
  const annexSheet = worksheets.add(annexName);
  const detailSheet = worksheets.add(detailName);
  writeAnnex(annexSheet, input);
  await writeDetail(context, detailSheet, input);
  annexSheet.activate();
  annexSheet.getRange(toA1(input.annex.printTitleRows.bottom + 1, 2)).select();
  await context.sync();
  return { annexName, detailName };
}
