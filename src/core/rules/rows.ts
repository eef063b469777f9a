// unread-row and ambiguous-total: rows the engine could not place with certainty. Each withholds
// the verdict: a table is not declared valid while one of its rows is unread or in doubt.
import { findingMessages } from '../../i18n/core';
import type { Finding, TableModel, TableRow } from '../types';
import { a1 } from './context';

function labelCell(table: TableModel, row: TableRow): string {
  const labelCol = table.columns.find((c) => c.role === 'field')?.col ?? table.columns.find((c) => c.role === 'stt')?.col ?? table.columns[0]?.col ?? 0;
  return a1(row.row, labelCol);
}

export function checkRows(table: TableModel): Finding[] {
  const findings: Finding[] = [];
  const total = table.rows.find((r) => r.kind === 'total');
  for (const row of table.rows) {
    const address = labelCell(table, row);
    const base = { severity: 'warning' as const, cells: [address], anchor: address, expected: null, actual: null, rowLabel: row.label || undefined };
    if (row.kind === 'unread') {
      findings.push({ ...base, rule: 'unread-row', message: findingMessages.unreadRow(row.row + 1, row.label, row.reason, total?.label) });
    } else if ((row.kind === 'total' && row.reason === 'sum-of-rows') || (row.kind === 'field' && row.reason === 'sum-of-others')) {
      findings.push({ ...base, rule: 'ambiguous-total', message: findingMessages.ambiguousTotal(row.row + 1, row.label, row.reason, total?.label) });
    }
  }
  return findings;
}
