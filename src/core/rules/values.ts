// bad-value, text-number and no-cached-value: what is wrong with single cells.
import { decimalsOf } from '../numbers';
import type { Finding } from '../types';
import { a1, countCell, type RuleContext } from './context';

/** "1.066" typed in an English-locale Excel becomes 1.066: the count was probably 1066. */
function thousandsReading(value: number): number | null {
  return value > 0 && value < 1000 && decimalsOf(value) === 3 ? Math.round(value * 1000) : null;
}

export function checkCellValues(context: RuleContext): Finding[] {
  const findings: Finding[] = [];
  for (const row of context.countRows) {
    for (const column of context.countColumns) {
      const cell = countCell(context, row.row, column.col);
      if (!cell || cell.kind === 'blank') continue;
      const address = a1(row.row, column.col);
      if (cell.kind === 'count') {
        if (cell.fromText) {
          findings.push({
            rule: 'text-number',
            severity: 'warning',
            cells: [address],
            culprit: address,
            expected: null,
            actual: cell.value,
            anchor: address,
            rowLabel: row.label,
            detail: { kind: 'text-number', cell: address, raw: String(context.sheet.value(row.row, column.col)).trim() },
          });
        }
        continue;
      }
      const base = { rule: 'bad-value' as const, severity: 'error' as const, cells: [address], culprit: address, anchor: address, rowLabel: row.label };
      const detail = { kind: 'bad-count' as const, cell: address, problem: cell.problem, raw: cell.raw };
      switch (cell.problem) {
        case 'negative':
          findings.push({ ...base, expected: null, actual: cell.value ?? null, detail: { ...detail, value: cell.value } });
          break;
        case 'decimal': {
          const value = cell.value ?? Number.NaN;
          const reading = thousandsReading(value);
          findings.push({ ...base, expected: reading, actual: value, detail: { ...detail, value, thousandsReading: reading } });
          break;
        }
        default:
          findings.push({ ...base, expected: null, actual: null, detail });
      }
    }
  }
  return findings;
}

export function checkCachedValues(context: RuleContext): Finding[] {
  const findings: Finding[] = [];
  for (const ref of context.sheet.uncached) {
    if (!countCell(context, ref.row, ref.col) || context.sheet.formula(ref.row, ref.col) === null) continue;
    const address = a1(ref.row, ref.col);
    const row = context.table.rows.find((r) => r.row === ref.row);
    findings.push({
      rule: 'no-cached-value',
      severity: 'warning',
      cells: [address],
      expected: null,
      actual: null,
      anchor: address,
      rowLabel: row?.label,
      detail: { kind: 'no-cached-value', cell: address },
    });
  }
  return findings;
}
