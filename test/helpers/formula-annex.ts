// Annex grids whose totals are formulas, as Excel leaves them after recalculating: the seed's
// layout (helpers/annex) with =SUM totals, and parent columns (3), (7), (13) as formulas where asked.
// `recalculate` is a small stand-in for Excel, independent of the engine's formula reader.
import type { CellValue, Grid } from '../../src/core/types';
import { buildAnnexGrid, fieldCell, type AnnexOptions, type FieldCounts } from './annex';

/** Column numbers (3), (7), (13) and their parts in the seed's form. */
export const PARENTS: Array<{ parent: number; children: number[] }> = [
  { parent: 3, children: [4, 5, 6] },
  { parent: 7, children: [8, 9, 10, 11, 12] },
  { parent: 13, children: [14, 15, 16] },
];

export interface FormulaAnnexOptions extends Pick<AnnexOptions, 'rates'> {
  /** The totals row: =SUM over the field rows (default) or the platform's numbers typed in. */
  totals?: 'formula' | 'constant';
  /**
   * Parent cells on field rows: typed (default), =SUM(D9:F9), =D9+E9+F9, or per field and parent
   * ((3), (7), (13)) true for a formula in the given style.
   */
  parents?: 'constant' | 'sum' | 'plus' | { style: 'sum' | 'plus'; formula: boolean[][] };
}

const letter = (columnNumber: number) => String.fromCharCode(64 + columnNumber);

function address(a1: string): { row: number; col: number } {
  const match = /^([A-Z])(\d+)$/.exec(a1);
  if (!match) throw new Error(a1);
  return { row: Number(match[2]) - 1, col: match[1].charCodeAt(0) - 65 };
}

export function formulaAt(grid: Grid, a1: string): string | null {
  const { row, col } = address(a1);
  return grid.formulas?.[row]?.[col] ?? null;
}

function setFormula(grid: Grid, a1: string, formula: string | null): void {
  const { row, col } = address(a1);
  if (!grid.formulas) grid.formulas = grid.values.map((line) => line.map(() => null));
  grid.formulas[row][col] = formula;
}

export function buildFormulaAnnex(fields: FieldCounts[], options: FormulaAnnexOptions = {}): Grid {
  const grid = buildAnnexGrid(fields, { totalFormulas: true, rates: options.rates });
  if (options.totals === 'constant') {
    const totalRow = 4 + fields.length;
    for (let n = 3; n <= 16; n++) setFormula(grid, `${letter(n)}${totalRow + 1}`, null);
  }
  const parents = options.parents ?? 'constant';
  if (parents !== 'constant') {
    const style = typeof parents === 'string' ? parents : parents.style;
    fields.forEach((_, i) => {
      PARENTS.forEach(({ parent, children }, p) => {
        if (typeof parents !== 'string' && !parents.formula[i]?.[p]) return;
        const row = Number(fieldCell(i, parent).slice(1));
        const formula =
          style === 'sum'
            ? `=SUM(${letter(children[0])}${row}:${letter(children[children.length - 1])}${row})`
            : `=${children.map((c) => `${letter(c)}${row}`).join('+')}`;
        setFormula(grid, fieldCell(i, parent), formula);
      });
    });
  }
  recalculate(grid);
  return grid;
}

/** A number as SUM sees it (text skipped) or as + sees it (numeric text coerced). */
function operand(value: CellValue, inSum: boolean): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && !inSum) {
    const parsed = Number(value.replace(/\./g, ''));
    return Number.isFinite(parsed) ? parsed : 0;
  }
  return 0;
}

function evaluate(grid: Grid, formula: string): number {
  const sum = /^=SUM\(([A-Z])(\d+):([A-Z])(\d+)\)$/.exec(formula);
  if (sum) {
    let total = 0;
    for (let r = Number(sum[2]) - 1; r <= Number(sum[4]) - 1; r++) {
      for (let c = sum[1].charCodeAt(0) - 65; c <= sum[3].charCodeAt(0) - 65; c++) total += operand(grid.values[r][c], true);
    }
    return total;
  }
  const terms = /^=([A-Z]\d+(?:[+-][A-Z]\d+)*)$/.exec(formula);
  if (!terms) throw new Error(`helper cannot evaluate ${formula}`);
  let total = 0;
  for (const [, sign, ref] of terms[1].matchAll(/([+-]?)([A-Z]\d+)/g)) {
    const { row, col } = address(ref);
    total += (sign === '-' ? -1 : 1) * operand(grid.values[row][col], false);
  }
  return total;
}

/** Recomputes every formula's cached value, field rows before totals (the formulas only look up). */
export function recalculate(grid: Grid): void {
  grid.formulas?.forEach((line, row) =>
    line.forEach((formula, col) => {
      if (formula) grid.values[row][col] = evaluate(grid, formula);
    }),
  );
}

/** Types `value` into a cell and lets Excel recalculate. */
export function typeInto(grid: Grid, a1: string, value: CellValue): void {
  const { row, col } = address(a1);
  grid.values[row][col] = value;
  recalculate(grid);
}
