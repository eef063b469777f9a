// row-sum, cross-sum and column-total: the identities the annex must satisfy, as equations.
import type { CellRef, Identity, RuleId, TableColumn, TableRow } from '../types';
import { countValue, sumCounts, type RuleContext } from './context';
import { columnName } from '../locate';
import { totalScopes, type TotalScope } from './scopes';

/** parent = sum(children), evaluated on concrete cells. */
export interface Equation {
  rule: Extract<RuleId, 'row-sum' | 'cross-sum' | 'column-total'>;
  parent: CellRef;
  children: CellRef[];
  parentValue: number;
  childValues: number[];
  /** "(3)=(4)+(5)+(6)" or, for column totals, the column's name. */
  identity: string;
  row: TableRow;
  /** For column totals under sections: the section's label. */
  sectionLabel?: string;
}

export function equationSum(equation: Equation): number {
  let sum = 0;
  for (const value of equation.childValues) sum += value;
  return sum;
}

export function equationHolds(equation: Equation): boolean {
  return equation.parentValue === equationSum(equation);
}

function values(context: RuleContext, cells: CellRef[]): number[] {
  return cells.map((cell) => countValue(context, cell.row, cell.col) ?? Number.NaN);
}

/** An identity on one row as an equation; null when one of its cells cannot be used. */
export function rowEquation(context: RuleContext, row: TableRow, identity: Identity): Equation | null {
  const parentValue = countValue(context, row.row, identity.parent);
  if (parentValue === null || sumCounts(context, [row.row], identity.children) === null) return null;
  const children = identity.children.map((col) => ({ row: row.row, col }));
  return {
    rule: identity.kind,
    parent: { row: row.row, col: identity.parent },
    children,
    parentValue,
    childValues: values(context, children),
    identity: identity.text,
    row,
  };
}

/** A totals row's cell against the rows it adds up; null when one of the cells cannot be used. */
export function columnEquation(context: RuleContext, scope: TotalScope, column: TableColumn): Equation | null {
  const parentValue = countValue(context, scope.total.row, column.col);
  if (
    parentValue === null ||
    sumCounts(
      context,
      scope.addends.map((r) => r.row),
      [column.col],
    ) === null
  )
    return null;
  const children = scope.addends.map((r) => ({ row: r.row, col: column.col }));
  const equation: Equation = {
    rule: 'column-total',
    parent: { row: scope.total.row, col: column.col },
    children,
    parentValue,
    childValues: values(context, children),
    identity: columnName(column),
    row: scope.total,
  };
  if (scope.sectionLabel !== undefined) equation.sectionLabel = scope.sectionLabel;
  return equation;
}

/**
 * Every identity on every count row, plus each total and subtotal against the rows it adds up.
 * Only the equations that fail are returned (as objects): a large table allocates little.
 */
export function failingEquations(context: RuleContext): Equation[] {
  const failing: Equation[] = [];
  const { table } = context;
  for (const row of context.countRows) {
    for (const identity of table.identities) {
      const parentValue = countValue(context, row.row, identity.parent);
      const sum = sumCounts(context, [row.row], identity.children);
      if (parentValue === null || sum === null || parentValue === sum) continue;
      failing.push(rowEquation(context, row, identity) as Equation);
    }
  }
  for (const scope of totalScopes(table)) {
    const addendRows = scope.addends.map((r) => r.row);
    for (const column of context.countColumns) {
      const parentValue = countValue(context, scope.total.row, column.col);
      const sum = sumCounts(context, addendRows, [column.col]);
      if (parentValue === null || sum === null || parentValue === sum) continue;
      failing.push(columnEquation(context, scope, column) as Equation);
    }
  }
  return failing;
}

export function equationCells(equation: Equation): CellRef[] {
  return [equation.parent, ...equation.children];
}

export function sameEquation(a: Equation, b: Equation): boolean {
  return a.rule === b.rule && a.parent.row === b.parent.row && a.parent.col === b.parent.col && a.identity === b.identity;
}
