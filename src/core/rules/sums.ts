// row-sum, cross-sum and column-total: the identities the annex must satisfy, as equations.
import type { CellRef, RuleId, TableRow } from '../types';
import { cellKey, countValue, type RuleContext } from './context';
import { columnName } from '../locate';

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

function evaluate(context: RuleContext, equation: Omit<Equation, 'parentValue' | 'childValues'>): Equation | null {
  const parentValue = countValue(context, equation.parent.row, equation.parent.col);
  if (parentValue === null) return null;
  const childValues: number[] = [];
  for (const child of equation.children) {
    const value = countValue(context, child.row, child.col);
    if (value === null) return null;
    childValues.push(value);
  }
  return { ...equation, parentValue, childValues };
}

/** Every identity on every count row, plus each total and subtotal against the rows it adds up. */
export function buildEquations(context: RuleContext): Equation[] {
  const equations: Equation[] = [];
  const { table } = context;
  for (const row of context.countRows) {
    for (const identity of table.identities) {
      const equation = evaluate(context, {
        rule: identity.kind,
        parent: { row: row.row, col: identity.parent },
        children: identity.children.map((col) => ({ row: row.row, col })),
        identity: identity.text,
        row,
      });
      if (equation) equations.push(equation);
    }
  }
  const fieldRows = table.rows.filter((r) => r.kind === 'field');
  const sectionOwnRows = table.sections.filter((s) => s.subtotalRow !== undefined);
  for (const total of table.rows.filter((r) => r.kind === 'total' || r.kind === 'subtotal' || (r.kind === 'section' && sectionOwnRows.some((s) => s.subtotalRow === r.row)))) {
    const addends = total.kind === 'total' ? fieldRows : fieldRows.filter((r) => r.section === total.section);
    if (addends.length === 0) continue;
    for (const column of context.countColumns) {
      const equation = evaluate(context, {
        rule: 'column-total',
        parent: { row: total.row, col: column.col },
        children: addends.map((r) => ({ row: r.row, col: column.col })),
        identity: columnName(column),
        row: total,
        sectionLabel: total.kind === 'total' ? undefined : table.sections[total.section ?? -1]?.label,
      });
      if (equation) equations.push(equation);
    }
  }
  return equations;
}

export function isFailing(equation: Equation): boolean {
  return equation.parentValue !== equationSum(equation);
}

export function equationCells(equation: Equation): CellRef[] {
  return [equation.parent, ...equation.children];
}

export { cellKey };
