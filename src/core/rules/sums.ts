// row-sum, cross-sum and column-total: the identities the annex must satisfy, as equations.
import type { CellRef, RuleId, TableRow } from '../types';
import { countValue, sumCounts, type RuleContext } from './context';
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

function values(context: RuleContext, cells: CellRef[]): number[] {
  return cells.map((cell) => countValue(context, cell.row, cell.col) ?? Number.NaN);
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
      const children = identity.children.map((col) => ({ row: row.row, col }));
      failing.push({ rule: identity.kind, parent: { row: row.row, col: identity.parent }, children, parentValue, childValues: values(context, children), identity: identity.text, row });
    }
  }
  const fieldRows = table.rows.filter((r) => r.kind === 'field');
  const ownSubtotal = new Set(table.sections.map((s) => s.subtotalRow));
  const totals = table.rows.filter((r) => r.kind === 'total' || r.kind === 'subtotal' || (r.kind === 'section' && ownSubtotal.has(r.row)));
  for (const total of totals) {
    const addends = total.kind === 'total' ? fieldRows : fieldRows.filter((r) => r.section === total.section);
    if (addends.length === 0) continue;
    const addendRows = addends.map((r) => r.row);
    for (const column of context.countColumns) {
      const parentValue = countValue(context, total.row, column.col);
      const sum = sumCounts(context, addendRows, [column.col]);
      if (parentValue === null || sum === null || parentValue === sum) continue;
      const children = addends.map((r) => ({ row: r.row, col: column.col }));
      failing.push({
        rule: 'column-total',
        parent: { row: total.row, col: column.col },
        children,
        parentValue,
        childValues: values(context, children),
        identity: columnName(column),
        row: total,
        sectionLabel: total.kind === 'total' ? undefined : table.sections[total.section ?? -1]?.label,
      });
    }
  }
  return failing;
}

export function equationCells(equation: Equation): CellRef[] {
  return [equation.parent, ...equation.children];
}

