// What every rule reads: the located table and its parsed count cells.
import { toA1 } from '../address';
import { readCount, type CountCell } from '../cells';
import { sheetCellsOf, type SheetCells } from '../table/sheet-cells';
import { groupOfRole } from '../header';
import { foldText } from '../text';
import type { Grid, TableColumn, TableModel, TableRow } from '../types';

/**
 * The table parsed once: its model, its count cells parsed as counts, and the sheet cells the rules
 * read (rates, formulas, raw texts). Every rule reads this, never the grid.
 */
export interface AnnexTable {
  sheet: SheetCells;
  table: TableModel;
  /** Rows that carry counts: fields, subtotals, sections with numbers, the totals row. */
  countRows: TableRow[];
  /** Columns that hold counts (in an identity, or numeric columns outside them). */
  countColumns: TableColumn[];
  /** Parsed count cells, countRows × countColumns, row-major. */
  cells: CountCell[];
  /** Usable values of those cells (blank = 0); NaN for bad values and formulas without a cached result. */
  values: Float64Array;
  rowIndex: Map<number, number>;
  colIndex: Map<number, number>;
}

/** What every rule reads. */
export type RuleContext = AnnexTable;

export const cellKey = (row: number, col: number): string => `${row},${col}`;

/** The index of (row, col) in `cells`/`values`, or -1 outside the count rows and columns. */
export function slotOf(context: RuleContext, row: number, col: number): number {
  const r = context.rowIndex.get(row);
  const c = context.colIndex.get(col);
  return r === undefined || c === undefined ? -1 : r * context.countColumns.length + c;
}

/** The parsed count cell at (row, col), or undefined outside the count rows and columns. */
export function countCell(context: RuleContext, row: number, col: number): CountCell | undefined {
  const index = slotOf(context, row, col);
  return index < 0 ? undefined : context.cells[index];
}

/** The count at (row, col) for sums: blank is 0; null when the cell cannot be used. */
export function countValue(context: RuleContext, row: number, col: number): number | null {
  const index = slotOf(context, row, col);
  if (index < 0) return 0;
  const value = context.values[index];
  return Number.isNaN(value) ? null : value;
}

/** The sum of the counts at rows × cols (blank = 0), or null when one of them cannot be used. */
export function sumCounts(context: RuleContext, rows: readonly number[], cols: readonly number[]): number | null {
  let sum = 0;
  for (const row of rows) {
    for (const col of cols) {
      const value = countValue(context, row, col);
      if (value === null) return null;
      sum += value;
    }
  }
  return sum;
}

/** Columns of notes, codes, years or units hold numbers that are not dossier counts. */
function isNonCountHeader(label: string): boolean {
  const folded = foldText(label);
  return /\b(ghi chu|ma so|ma linh vuc|ma tthc|ma|so hieu|ky hieu|nam|thang|dvt|don vi tinh|stt)\b/.test(folded);
}

function isNumericColumn(sheet: SheetCells, rows: TableRow[], col: number): boolean {
  let numbers = 0;
  for (const row of rows) {
    const cell = readCount(sheet.value(row.row, col));
    if (cell.kind === 'count') numbers++;
    else if (cell.kind === 'bad' && cell.problem === 'text') return false;
  }
  return numbers > 0;
}

/** Parses the located table's cells: what every rule then reads. */
export function parseAnnexTable(grid: Grid, table: TableModel): AnnexTable {
  const countRows = table.rows.filter(
    (r) =>
      r.kind === 'field' ||
      r.kind === 'detail' ||
      r.kind === 'unread' ||
      r.kind === 'subtotal' ||
      r.kind === 'total' ||
      (r.kind === 'section' && table.sections[r.section ?? -1]?.subtotalRow === r.row),
  );
  const sheet = sheetCellsOf(grid);
  const inIdentity = new Set(table.identities.flatMap((i) => [i.parent, ...i.children]));
  const countColumns = table.columns.filter(
    (c) =>
      inIdentity.has(c.col) || groupOfRole(c.role) !== null || (c.role === 'other' && !isNonCountHeader(c.label) && isNumericColumn(sheet, countRows, c.col)),
  );
  const cells: CountCell[] = [];
  const values = new Float64Array(countRows.length * countColumns.length);
  let index = 0;
  for (const row of countRows) {
    for (const column of countColumns) {
      const cell = readCount(sheet.value(row.row, column.col));
      cells.push(cell);
      values[index++] = cell.kind === 'count' ? cell.value : cell.kind === 'blank' ? 0 : Number.NaN;
    }
  }
  const rowIndex = new Map(countRows.map((r, i) => [r.row, i]));
  const colIndex = new Map(countColumns.map((c, i) => [c.col, i]));
  const context: AnnexTable = { sheet, table, countRows, countColumns, cells, values, rowIndex, colIndex };
  for (const ref of sheet.uncached) {
    const at = slotOf(context, ref.row, ref.col);
    if (at >= 0 && sheet.formula(ref.row, ref.col) !== null) values[at] = Number.NaN;
  }
  return context;
}

export function a1(row: number, col: number): string {
  return toA1(row, col);
}

/** Sheet order: by row, then column. */
export function compareCells(a: { row: number; col: number }, b: { row: number; col: number }): number {
  return a.row - b.row || a.col - b.col;
}
