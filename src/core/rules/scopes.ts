// Which rows each totals row adds up: the grand total all field rows, a subtotal (or a section row
// that is its own subtotal) the field rows of its section. One definition for every rule.
import type { TableModel, TableRow } from '../types';

export interface TotalScope {
  total: TableRow;
  addends: TableRow[];
  /** For subtotals: the section's label. */
  sectionLabel?: string;
}

export function totalScopes(table: TableModel): TotalScope[] {
  const fieldRows = table.rows.filter((r) => r.kind === 'field');
  const ownSubtotal = new Set(table.sections.map((s) => s.subtotalRow));
  const scopes: TotalScope[] = [];
  for (const total of table.rows) {
    const isTotal = total.kind === 'total' || total.kind === 'subtotal' || (total.kind === 'section' && ownSubtotal.has(total.row));
    if (!isTotal) continue;
    const addends = total.kind === 'total' ? fieldRows : fieldRows.filter((r) => r.section === total.section);
    if (addends.length === 0) continue;
    const scope: TotalScope = { total, addends };
    if (total.kind !== 'total') {
      const label = table.sections[total.section ?? -1]?.label;
      if (label !== undefined) scope.sectionLabel = label;
    }
    scopes.push(scope);
  }
  return scopes;
}
