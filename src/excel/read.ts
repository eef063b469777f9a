import type { CellRange, CellValue, Grid } from '../core/types';
import { columnLetter, parseA1Range, rangeToA1 } from '../core/address';
import { splitAreas } from './addresses';
import { parseStore, STORE_SETTING_KEY, type HighlightStore } from './store';
import type { ApiSupport } from './support';

/** Up to this many cells the sheet is read in one request after its size (2 syncs at most). */
export const SINGLE_READ_CELL_LIMIT = 200_000;
/** Excel on the web refuses requests and responses over 5 MB; chunks aim well under it. */
export const PAYLOAD_BUDGET_BYTES = 4_500_000;
/** Typical JSON size of one cell's value + formula + number format. */
export const BYTES_PER_CELL = 20;
/** valueTypes adds about this much per cell; it is only loaded when it fits the budget. */
export const VALUE_TYPE_BYTES_PER_CELL = 9;

const ERROR_LITERALS = new Set([
  '#NULL!',
  '#DIV/0!',
  '#VALUE!',
  '#REF!',
  '#NAME?',
  '#NUM!',
  '#N/A',
  '#GETTING_DATA',
  '#SPILL!',
  '#CALC!',
  '#FIELD!',
  '#BLOCKED!',
  '#CONNECT!',
  '#BUSY!',
  '#UNKNOWN!',
  '#PYTHON!',
  '#EXTERNAL!',
]);

export interface ReadOptions {
  /** Read this sheet instead of the active one. */
  sheetName?: string;
  support: ApiSupport;
  /** Called after each chunk of a large sheet: rows read so far, rows in all. */
  onProgress?: (rowsRead: number, rowsTotal: number) => void;
}

export interface SheetRead {
  grid: Grid;
  /** The undo information of earlier highlights (read in the same request as the sheet's size). */
  store: HighlightStore;
  /** Cells in the used range. */
  cellCount: number;
  /** The workbook's comment ids, when the reasons go into comments (ExcelApi 1.10 without 1.18). */
  commentIds?: string[];
}

interface RawBlock {
  values: unknown[][];
  formulas: unknown[][];
  numberFormat: unknown[][];
  valueTypes?: string[][];
}

export function toCellValue(raw: unknown, valueType?: string): CellValue {
  if (valueType === 'Error') return { error: String(raw) };
  if (typeof raw === 'string') {
    if (valueType === undefined && ERROR_LITERALS.has(raw)) return { error: raw };
    return raw === '' ? null : raw;
  }
  if (typeof raw === 'number' || typeof raw === 'boolean') return raw;
  return null;
}

function toFormula(raw: unknown): string | null {
  return typeof raw === 'string' && raw.startsWith('=') ? raw : null;
}

function toNumberFormat(raw: unknown): string | null {
  return typeof raw === 'string' ? raw : null;
}

export function blockToGrid(sheetName: string, origin: { row: number; col: number }, block: RawBlock): Grid {
  return {
    sheetName,
    origin,
    values: block.values.map((row, r) => row.map((v, c) => toCellValue(v, block.valueTypes?.[r]?.[c]))),
    formulas: block.formulas.map((row) => row.map(toFormula)),
    numberFormats: block.numberFormat.map((row) => row.map(toNumberFormat)),
  };
}

export function parseMergedAreas(address: string | undefined | null): CellRange[] {
  if (!address) return [];
  return splitAreas(address).map((area) => parseA1Range(area));
}

/** Rows per request so that a chunk stays under the payload budget. */
export function rowsPerChunk(columnCount: number, budget = PAYLOAD_BUDGET_BYTES): number {
  return Math.max(1, Math.floor(budget / (Math.max(1, columnCount) * BYTES_PER_CELL)));
}

export function includeValueTypes(cellCount: number, budget = PAYLOAD_BUDGET_BYTES): boolean {
  return cellCount * (BYTES_PER_CELL + VALUE_TYPE_BYTES_PER_CELL) <= budget;
}

function isPayloadTooLarge(error: unknown): boolean {
  const code = (error as { code?: string } | null)?.code ?? '';
  return /PayloadSizeLimitExceeded|RequestPayloadSizeLimitExceeded|ResponsePayloadSizeLimitExceeded/i.test(code);
}

/**
 * The first request also reads the content of the used cells inside A1:AX3000 (150,000 cells, under
 * the payload budget with value types): when the used range lies inside it, as any annex table
 * does, the whole sheet is read in one sync.
 */
export const FIRST_WINDOW = { rows: 3000, columns: 50 };

interface FirstRequest {
  sheet: Excel.Worksheet;
  used: Excel.Range;
  setting: Excel.Setting;
  comments: Excel.CommentCollection | null;
  window: { used: Excel.Range; merged: Excel.RangeAreas | null } | null;
}

function queueFirstRequest(context: Excel.RequestContext, options: ReadOptions, withWindow: boolean): FirstRequest {
  const workbook = context.workbook;
  const sheet = options.sheetName ? workbook.worksheets.getItem(options.sheetName) : workbook.worksheets.getActiveWorksheet();
  sheet.load('name');
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load('address,rowCount,columnCount,rowIndex,columnIndex');
  const setting = workbook.settings.getItemOrNullObject(STORE_SETTING_KEY);
  setting.load('value');
  const comments = options.support.comments && !options.support.notes ? workbook.comments : null;
  comments?.load('items/id');
  let window: FirstRequest['window'] = null;
  if (withWindow) {
    const area = sheet.getRange(`A1:${columnLetter(FIRST_WINDOW.columns - 1)}${FIRST_WINDOW.rows}`);
    const windowUsed = area.getUsedRangeOrNullObject(true);
    windowUsed.load('address,values,formulas,numberFormat,valueTypes');
    const merged = options.support.mergedAreas ? area.getMergedAreasOrNullObject() : null;
    merged?.load('address');
    window = { used: windowUsed, merged };
  }
  return { sheet, used, setting, comments, window };
}

function overlaps(a: CellRange, b: CellRange): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

/**
 * Reads a sheet's used range (values, formulas, number formats, value types where they fit, merged
 * areas where ExcelApi 1.13 allows) into a Grid, with the highlight record. A table inside
 * A1:AX3000: 1 sync. Any other sheet up to SINGLE_READ_CELL_LIMIT cells: 2 syncs (size, then
 * content). Larger sheets are read in row chunks under the payload budget, halving the chunk if
 * Excel still reports the payload too large.
 */
export async function readSheet(context: Excel.RequestContext, options: ReadOptions): Promise<SheetRead> {
  let first = queueFirstRequest(context, options, true);
  try {
    await context.sync();
  } catch (error) {
    if (!isPayloadTooLarge(error)) throw error;
    first = queueFirstRequest(context, options, false);
    await context.sync();
  }
  const { sheet, used, setting, comments, window } = first;

  const store = parseStore(setting.isNullObject ? null : setting.value);
  const commentIds = comments ? comments.items.map((c) => c.id) : [];
  const sheetName = sheet.name;
  if (used.isNullObject) {
    return { grid: { sheetName, origin: { row: 0, col: 0 }, values: [], formulas: [], numberFormats: [] }, store, cellCount: 0, commentIds };
  }
  const origin = { row: used.rowIndex, col: used.columnIndex };
  const rows = used.rowCount;
  const cols = used.columnCount;
  const cellCount = rows * cols;

  if (window && !window.used.isNullObject && window.used.address === used.address) {
    const grid = blockToGrid(sheetName, origin, {
      values: window.used.values,
      formulas: window.used.formulas,
      numberFormat: window.used.numberFormat,
      valueTypes: window.used.valueTypes as string[][],
    });
    if (window.merged) {
      const bounds = { top: origin.row, left: origin.col, bottom: origin.row + rows - 1, right: origin.col + cols - 1 };
      grid.merges = window.merged.isNullObject ? [] : parseMergedAreas(window.merged.address).filter((m) => overlaps(m, bounds));
    }
    options.onProgress?.(rows, rows);
    return { grid, store, cellCount, commentIds };
  }

  if (cellCount <= SINGLE_READ_CELL_LIMIT) {
    try {
      const grid = await readWhole(context, used, sheetName, origin, options.support, includeValueTypes(cellCount));
      options.onProgress?.(rows, rows);
      return { grid, store, cellCount, commentIds };
    } catch (error) {
      if (!isPayloadTooLarge(error)) throw error;
    }
  }
  const grid = await readInChunks(context, sheet, sheetName, origin, rows, cols, rowsPerChunk(cols), options);
  return { grid, store, cellCount, commentIds };
}

async function readWhole(
  context: Excel.RequestContext,
  used: Excel.Range,
  sheetName: string,
  origin: { row: number; col: number },
  support: ApiSupport,
  withValueTypes: boolean,
): Promise<Grid> {
  used.load(withValueTypes ? 'values,formulas,numberFormat,valueTypes' : 'values,formulas,numberFormat');
  const merged = support.mergedAreas ? used.getMergedAreasOrNullObject() : null;
  merged?.load('address');
  await context.sync();
  const grid = blockToGrid(sheetName, origin, {
    values: used.values,
    formulas: used.formulas,
    numberFormat: used.numberFormat,
    valueTypes: withValueTypes ? (used.valueTypes as string[][]) : undefined,
  });
  if (merged) grid.merges = merged.isNullObject ? [] : parseMergedAreas(merged.address);
  return grid;
}

async function readInChunks(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  sheetName: string,
  origin: { row: number; col: number },
  rows: number,
  cols: number,
  chunkRows: number,
  options: ReadOptions,
): Promise<Grid> {
  const grid: Grid = { sheetName, origin, values: [], formulas: [], numberFormats: [], merges: options.support.mergedAreas ? [] : undefined };
  let start = 0;
  while (start < rows) {
    const count = Math.min(chunkRows, rows - start);
    const address = rangeToA1({ top: origin.row + start, left: origin.col, bottom: origin.row + start + count - 1, right: origin.col + cols - 1 });
    const range = sheet.getRange(address);
    range.load('values,formulas,numberFormat');
    const merged = options.support.mergedAreas ? range.getMergedAreasOrNullObject() : null;
    merged?.load('address');
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- chunking is the point: each request must stay under 5 MB
      await context.sync();
    } catch (error) {
      if (isPayloadTooLarge(error) && chunkRows > 1) {
        chunkRows = Math.max(1, Math.floor(chunkRows / 2));
        continue;
      }
      throw error;
    }
    const block = blockToGrid(sheetName, origin, { values: range.values, formulas: range.formulas, numberFormat: range.numberFormat });
    grid.values.push(...block.values);
    grid.formulas!.push(...block.formulas!);
    grid.numberFormats!.push(...block.numberFormats!);
    if (merged && !merged.isNullObject) grid.merges!.push(...parseMergedAreas(merged.address));
    start += count;
    options.onProgress?.(start, rows);
  }
  return grid;
}
