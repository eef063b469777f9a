// unread-row and ambiguous-total: rows the engine could not place with certainty. Each withholds
// the verdict: a table is not declared valid while one of its rows is unread or in doubt.
import type { Finding, FindingDetail, TableModel, TableRow } from '../types';
import { a1 } from './context';

function labelCell(table: TableModel, row: TableRow): string {
  const labelCol = table.columns.find((c) => c.role === 'field')?.col ?? table.columns.find((c) => c.role === 'stt')?.col ?? table.columns[0]?.col ?? 0;
  return a1(row.row, labelCol);
}

function rowDetail(row: TableRow, total: TableRow | undefined): FindingDetail {
  const detail: FindingDetail = { kind: 'row', row: row.row + 1, label: row.label, reason: row.reason };
  if (total) detail.totalLabel = total.label;
  return detail;
}

export function checkRows(table: TableModel): Finding[] {
  const findings: Finding[] = [];
  const total = table.rows.find((r) => r.kind === 'total');
  for (const row of table.rows) {
    const address = labelCell(table, row);
    const base = { severity: 'warning' as const, cells: [address], anchor: address, expected: null, actual: null, rowLabel: row.label || undefined };
    if (row.kind === 'unread') {
      findings.push({ ...base, rule: 'unread-row', detail: rowDetail(row, total) });
    } else if ((row.kind === 'total' && row.reason === 'sum-of-rows') || (row.kind === 'field' && row.reason === 'sum-of-others')) {
      findings.push({ ...base, rule: 'ambiguous-total', detail: rowDetail(row, total) });
    }
  }
  return findings;
}
