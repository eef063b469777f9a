// constant-total: a total typed by hand among totals that are formulas will not follow the counts.
import { findingMessages } from '../../i18n/core';
import { cellFormula, cellValue, isBlankValue } from '../cells';
import type { CellRef, Finding, TableRow } from '../types';
import { a1, type RuleContext } from './context';

function isConstant(context: RuleContext, cell: CellRef): boolean {
  return cellFormula(context.grid, cell.row, cell.col) === null && !isBlankValue(cellValue(context.grid, cell.row, cell.col));
}

function isFormula(context: RuleContext, cell: CellRef): boolean {
  return cellFormula(context.grid, cell.row, cell.col) !== null;
}

/** A constant among at least two formula neighbours, which outnumber the other constants two to one. */
function standsOutAsConstant(context: RuleContext, cell: CellRef, neighbours: CellRef[]): boolean {
  if (!isConstant(context, cell)) return false;
  let formulas = 0;
  let constants = 0;
  for (const other of neighbours) {
    if (other.row === cell.row && other.col === cell.col) continue;
    if (isFormula(context, other)) formulas++;
    else if (isConstant(context, other)) constants++;
  }
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
    message: findingMessages.constantTotal(address),
  };
}

export function checkConstantTotals(context: RuleContext): Finding[] {
  if (!context.grid.formulas) return [];
  const findings: Finding[] = [];
  const totalRows = context.countRows.filter((r) => r.kind !== 'field');
  for (const row of totalRows) {
    const cells = context.countColumns.map((c) => ({ row: row.row, col: c.col }));
    for (const cell of cells) if (standsOutAsConstant(context, cell, cells)) findings.push(warning(cell, row));
  }
  const fieldRows = context.countRows.filter((r) => r.kind === 'field');
  const parentColumns = [...new Set(context.table.identities.filter((i) => i.kind === 'row-sum').map((i) => i.parent))];
  for (const col of parentColumns) {
    const cells = fieldRows.map((r) => ({ row: r.row, col }));
    fieldRows.forEach((row, i) => {
      if (standsOutAsConstant(context, cells[i], cells)) findings.push(warning(cells[i], row));
    });
  }
  return findings;
}
