// The sheet as validation reads it: values, formulas and number formats of cells, and the formula
// cells without a cached result. Rules read the sheet only through this view (raw grid access stays
// in locate and here); a derived totals row gets =SUM formulas laid over it without copying the grid.
import { cellFormula, cellNumberFormat, cellValue } from '../cells';
import type { CellRef, CellValue, Grid } from '../types';

export interface SheetCells {
  value(row: number, col: number): CellValue;
  formula(row: number, col: number): string | null;
  format(row: number, col: number): string | null;
  /** Formula cells the file holds no cached result for. */
  readonly uncached: readonly CellRef[];
  /** Does the sheet hold formulas at all. */
  readonly hasFormulas: boolean;
  /** The sheet's first and last rows: formula ranges beyond them hold nothing. */
  readonly firstRow: number;
  readonly lastRow: number;
  /** The same cells with other formulas in some of them (a totals row read as =SUM). */
  withFormulas(formulas: ReadonlyArray<{ row: number; col: number; formula: string }>): SheetCells;
}

const key = (row: number, col: number) => row * 100_000 + col;

function view(grid: Grid, overrides: Map<number, string>, hasFormulas: boolean): SheetCells {
  return {
    value: (row, col) => cellValue(grid, row, col),
    formula: (row, col) => overrides.get(key(row, col)) ?? cellFormula(grid, row, col),
    format: (row, col) => cellNumberFormat(grid, row, col),
    uncached: grid.uncached ?? [],
    hasFormulas,
    firstRow: grid.origin.row,
    lastRow: grid.origin.row + grid.values.length - 1,
    withFormulas(formulas) {
      const next = new Map(overrides);
      for (const { row, col, formula } of formulas) next.set(key(row, col), formula);
      return view(grid, next, hasFormulas || formulas.length > 0);
    },
  };
}

export function sheetCellsOf(grid: Grid): SheetCells {
  const hasFormulas = grid.formulas !== undefined && grid.formulas.some((line) => line?.some((f) => typeof f === 'string' && f.startsWith('=')));
  return view(grid, new Map(), hasFormulas);
}
