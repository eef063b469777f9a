// constant-total: a total typed by hand among totals that are formulas will not follow the counts.
import { isBlankValue } from '../cells';
import type { CellRef, Finding, TableRow } from '../types';
import { a1, type RuleContext } from './context';
import { totalScopes } from './scopes';
import { parseSimpleFormula } from '../formula';

function isConstant(context: RuleContext, cell: CellRef): boolean {
  return context.sheet.formula(cell.row, cell.col) === null && !isBlankValue(context.sheet.value(cell.row, cell.col));
}

function isFormula(context: RuleContext, cell: CellRef): boolean {
  return context.sheet.formula(cell.row, cell.col) !== null;
}

interface Tally {
  formulas: number;
  constants: number;
}

function tally(context: RuleContext, cells: CellRef[]): Tally {
  let formulas = 0;
  let constants = 0;
  for (const cell of cells) {
    if (isFormula(context, cell)) formulas++;
    else if (isConstant(context, cell)) constants++;
  }
  return { formulas, constants };
}

/**
 * A constant among at least two formula neighbours, which outnumber the other constants two to one.
 * `all` counts the whole group, the cell included: counted once per group, not once per cell.
 */
function standsOutAsConstant(context: RuleContext, cell: CellRef, all: Tally): boolean {
  if (!isConstant(context, cell)) return false;
  const formulas = all.formulas;
  const constants = all.constants - 1;
  return formulas >= 2 && formulas >= 2 * constants;
}

function warning(cell: CellRef, row: TableRow): Finding {
  const address = a1(cell.row, cell.col);
  return {
    rule: 'constant-total',
    severity: 'warning',
    cells: [address],
    expected: null,
    actual: null,
    anchor: address,
    rowLabel: row.label,
    detail: { kind: 'constant-total', cell: address },
  };
}

export function checkConstantTotals(context: RuleContext): Finding[] {
  if (!context.sheet.hasFormulas) return [];
  const findings: Finding[] = [];
  const totalRows = context.countRows.filter((r) => r.kind !== 'field');
  for (const row of totalRows) {
    const cells = context.countColumns.map((c) => ({ row: row.row, col: c.col }));
    const all = tally(context, cells);
    for (const cell of cells) if (standsOutAsConstant(context, cell, all)) findings.push(warning(cell, row));
  }
  const fieldRows = context.countRows.filter((r) => r.kind === 'field');
  const parentColumns = [...new Set(context.table.identities.filter((i) => i.kind === 'row-sum').map((i) => i.parent))];
  for (const col of parentColumns) {
    const cells = fieldRows.map((r) => ({ row: r.row, col }));
    const all = tally(context, cells);
    if (all.formulas < 2) continue;
    fieldRows.forEach((row, i) => {
      if (standsOutAsConstant(context, cells[i], all)) findings.push(warning(cells[i], row));
    });
  }
  return findings;
}

/** =SUM(C5:C15) on a totals row whose field rows run to row 16: the range misses rows. */
export function checkSumRanges(context: RuleContext): Finding[] {
  if (!context.sheet.hasFormulas) return [];
  const findings: Finding[] = [];
  for (const { total, addends } of totalScopes(context.table)) {
    for (const column of context.countColumns) {
      const formula = context.sheet.formula(total.row, column.col);
      const terms = formula ? parseSimpleFormula(formula) : null;
      // One =SUM over one range of the total's own column.
      if (!terms || terms.length !== 1 || !terms[0].viaSum || terms[0].sign !== 1) continue;
      const { top: from, bottom: to, left, right } = terms[0].range;
      if (left !== column.col || right !== column.col || from === to) continue;
      const missed = addends.filter((r) => r.row < from || r.row > to).map((r) => r.row + 1);
      if (missed.length === 0) continue;
      const address = a1(total.row, column.col);
      findings.push({
        rule: 'sum-range',
        severity: 'warning',
        cells: [address],
        expected: null,
        actual: null,
        anchor: address,
        rowLabel: total.label,
        detail: { kind: 'sum-range', cell: address, formula: formula as string, rows: missed },
      });
    }
  }
  return findings;
}
