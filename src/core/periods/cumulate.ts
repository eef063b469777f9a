// The cumulative annex (6 tháng, 9 tháng, năm) from consecutive periods' annexes, by role whatever
// the form: received in the period (online, direct) and resolved summed; carried over the first
// period's; pending the last one's; every total column the sum of its parts, as the form writes
// it. Plain adding is wrong: pending is not a sum, and neither is what was carried over.
import type { FieldNameMap } from '../match/fields';
import { readTitleRows } from '../narrative/title';
import type { Role, TableColumn } from '../types';
import { orderByPeriod } from './book';
import { checkCarryOver, carryOverErrors, type CarryOverCheck } from './carry-over';
import { cumulativePeriod, isCumulativePeriodProblem, type CumulativeKind, type CumulativePeriod, type CumulativePeriodProblem } from './cumulative-period';
import { matchTableRows } from './match-rows';
import { readRoleOver } from './role-cells';
import type { PeriodTable, SheetCell } from './types';

export type Cumulation = 'first' | 'last' | 'sum' | 'received';

/** How a role adds up over periods; null: not a count of dossiers over time (numbers, rates, other). */
export function cumulationOf(role: Role | undefined): Cumulation | null {
  if (role === undefined) return null;
  if (role === 'received.carried') return 'first';
  if (role === 'pending' || role.startsWith('pending.')) return 'last';
  if (role === 'received') return 'received';
  if (role === 'received.new' || role === 'received.online' || role === 'received.direct' || role.startsWith('resolved')) return 'sum';
  return null;
}

export interface CumulativeRow {
  kind: 'section' | 'field' | 'total';
  label: string;
  /** Per count column of the template (absolute column): the cumulated count. */
  values: Map<number, number>;
  /** Per input table: the rows it was taken from (none: the field is not in that table, taken as 0). */
  sources: number[][];
  /** Written (3) − ((7) + (13)): not 0 only where a carry-over link is broken (written with force). */
  gap?: number;
}

export interface CumulativeModel {
  /** The inputs in period order. */
  tables: PeriodTable[];
  /** The form the annex is written in: the last period's. */
  template: PeriodTable;
  period: CumulativePeriod;
  /** Count columns of the template, with how each is cumulated ('parent': the sum of its parts). */
  columns: Array<{ column: TableColumn; how: Cumulation | 'parent'; children?: number[] }>;
  rows: CumulativeRow[];
  /** Columns whose meaning over time is unknown (left blank, said so). */
  notCumulated: TableColumn[];
  /** Breakdown rows ("- Trong đó …") of the inputs: not cumulated, said so. */
  detailRows: Array<{ table: number; label: string }>;
  checks: CarryOverCheck[];
  /** The carry-over was broken or an input has errors, and the annex is written all the same. */
  forced: boolean;
  /** The template's title lines that do not state its period (kept), and where its period lines were. */
  title: { kept: string[]; periodAt: number };
}

export type CumulateRefusal =
  | { kind: 'too-few' }
  /** tables[index] does not follow tables[index − 1]. */
  | { kind: 'not-consecutive'; index: number }
  /** tables[index] has other count columns than the template. */
  | { kind: 'forms-differ'; index: number; missing: Role[]; extra: Role[] }
  /** A count that cannot be read: nothing is ever counted as 0 by guess. */
  | { kind: 'unreadable'; cells: SheetCell[] }
  /** A column the sums depend on whose meaning over time is unknown. */
  | { kind: 'column-unknown'; columns: TableColumn[] }
  | { kind: 'period'; problem: CumulativePeriodProblem }
  /** Broken carry-over links (checks) or inputs with errors (indices): written only with force. */
  | { kind: 'carry-over'; errors: number }
  | { kind: 'input-errors'; tables: number[] }
  /** Inputs with rows that could not be read, or a totals row in doubt: they would be left out. */
  | { kind: 'input-unread'; tables: number[] };

export type CumulateOutcome = { ok: true; model: CumulativeModel } | { ok: false; refusal: CumulateRefusal; tables: PeriodTable[]; checks: CarryOverCheck[] };

export interface CumulateOptions {
  label?: CumulativeKind;
  year?: number;
  /** Write the annex although a carry-over link is broken or an input has errors (said on the sheet). */
  force?: boolean;
  fieldMap?: FieldNameMap;
}

function countRoles(table: PeriodTable): Role[] {
  return table.table.columns.map((c) => c.role).filter((role): role is Role => cumulationOf(role) !== null);
}

/** The template's count columns: identity parents are the sum of their parts; the rest by role. */
function templateColumns(template: PeriodTable): CumulativeModel['columns'] {
  const parents = new Map(template.table.identities.filter((i) => i.kind === 'row-sum').map((i) => [i.parent, i.children]));
  return template.table.columns
    .filter((column) => parents.has(column.col) || cumulationOf(column.role) !== null)
    .map((column) =>
      parents.has(column.col)
        ? { column, how: 'parent' as const, children: parents.get(column.col) }
        : { column, how: cumulationOf(column.role) as Cumulation },
    );
}

export function cumulate(inputs: PeriodTable[], options: CumulateOptions = {}): CumulateOutcome {
  const { tables } = orderByPeriod(inputs);
  const checks = tables.slice(1).map((table, i) => checkCarryOver(tables[i], table, { fieldMap: options.fieldMap }));
  const refuse = (refusal: CumulateRefusal): CumulateOutcome => ({ ok: false, refusal, tables, checks });
  if (tables.length < 2) return refuse({ kind: 'too-few' });
  const broken = checks.findIndex((check) => check.adjacency.kind === 'not-adjacent');
  if (broken >= 0) return refuse({ kind: 'not-consecutive', index: broken + 1 });
  const period = cumulativePeriod(tables, options.label, options.year);
  if (isCumulativePeriodProblem(period)) return refuse({ kind: 'period', problem: period });
  const template = tables[tables.length - 1];
  const wanted = countRoles(template);
  for (const [index, table] of tables.entries()) {
    const roles = countRoles(table);
    const missing = wanted.filter((role) => !roles.includes(role));
    const extra = roles.filter((role) => !wanted.includes(role));
    if (missing.length > 0 || extra.length > 0) return refuse({ kind: 'forms-differ', index, missing, extra });
  }
  const columns = templateColumns(template);
  const counted = new Set(columns.map((c) => c.column.col));
  const notCumulated = template.table.columns.filter((c) => c.role !== 'stt' && c.role !== 'field' && c.role !== 'rate' && !counted.has(c.col));
  const inSums = template.table.identities.flatMap((i) => [i.parent, ...i.children]);
  const unknownInSums = notCumulated.filter((c) => inSums.includes(c.col));
  if (unknownInSums.length > 0) return refuse({ kind: 'column-unknown', columns: unknownInSums });

  const unread = tables.flatMap((table, index) => (table.report.findings.some((f) => f.rule === 'unread-row' || f.rule === 'ambiguous-total') ? [index] : []));
  if (unread.length > 0) return refuse({ kind: 'input-unread', tables: unread });
  const errors = checks.reduce((sum, check) => sum + carryOverErrors(check), 0);
  const invalid = tables.flatMap((table, index) => (table.report.summary.errors > 0 ? [index] : []));
  if (!options.force && errors > 0) return refuse({ kind: 'carry-over', errors });
  if (!options.force && invalid.length > 0) return refuse({ kind: 'input-errors', tables: invalid });

  const matching = matchTableRows(
    tables.map((t) => t.table),
    options.fieldMap,
  );
  const rows: CumulativeRow[] = [];
  const unreadable: SheetCell[] = [];
  let section: string | undefined;
  for (const matched of matching.rows) {
    if (matching.bySection && matched.section !== section) {
      section = matched.section;
      rows.push({ kind: 'section', label: section ?? '', values: new Map(), sources: tables.map(() => []) });
    }
    rows.push(cumulateRow('field', matched.names.find((n) => n)?.name ?? matched.field, matched.rows, tables, columns, unreadable));
  }
  // The totals row is written as the sum of the field rows, as Excel will compute it.
  rows.push(sumOfFields(rows, columns, tables));
  if (unreadable.length > 0) return refuse({ kind: 'unreadable', cells: unreadable });
  for (const row of rows) row.gap = crossGap(row, template);
  const detailRows = tables.flatMap((t, table) => t.table.rows.filter((r) => r.kind === 'detail').map((r) => ({ table, label: r.label })));
  const title = readTitleRows(template.grid, template.table.headerTop);
  const kept = title.texts.filter((text) => !title.periodTexts.includes(text));
  const firstPeriodText = title.texts.findIndex((text) => title.periodTexts.includes(text));
  const periodAt = firstPeriodText < 0 ? kept.length : title.texts.slice(0, firstPeriodText).filter((text) => !title.periodTexts.includes(text)).length;
  return {
    ok: true,
    model: { tables, template, period, columns, rows, notCumulated, detailRows, checks, forced: errors > 0 || invalid.length > 0, title: { kept, periodAt } },
  };
}

/** One row's cumulated counts: leaves by role over the periods, then each parent as the sum of its parts. */
function cumulateRow(
  kind: 'field' | 'total',
  label: string,
  sources: number[][],
  tables: PeriodTable[],
  columns: CumulativeModel['columns'],
  unreadable: SheetCell[],
): CumulativeRow {
  const values = new Map<number, number>();
  const read = (t: number, role: Role): number => {
    if (sources[t].length === 0) return 0;
    const reading = readRoleOver(tables[t].grid, tables[t].table, sources[t], role);
    if (reading.kind === 'count') return reading.value;
    if (reading.kind === 'bad')
      unreadable.push({ ...(tables[t].file !== undefined ? { file: tables[t].file } : {}), sheet: tables[t].grid.sheetName, address: reading.address });
    return 0;
  };
  const last = tables.length - 1;
  for (const { column, how } of columns) {
    const role = column.role as Role;
    if (how === 'parent') continue;
    if (how === 'first') values.set(column.col, read(0, role));
    else if (how === 'last') values.set(column.col, read(last, role));
    else if (how === 'sum')
      values.set(
        column.col,
        tables.reduce((sum, _, t) => sum + read(t, role), 0),
      );
    else
      values.set(
        column.col,
        tables.reduce((sum, _, t) => sum + read(t, role) - (t > 0 ? read(t, 'received.carried') : 0), 0),
      );
  }
  const parentOf = new Map(columns.filter((c) => c.how === 'parent').map((c) => [c.column.col, c.children ?? []]));
  const resolve = (col: number, depth = 0): number => {
    const children = parentOf.get(col);
    if (!children || depth > 8) return values.get(col) ?? 0;
    const sum = children.reduce((total, child) => total + resolve(child, depth + 1), 0);
    values.set(col, sum);
    return sum;
  };
  for (const col of parentOf.keys()) resolve(col);
  return { kind, label, values, sources };
}

/** The totals row: the sum of the field rows (every count column is a sum over rows). */
function sumOfFields(rows: CumulativeRow[], columns: CumulativeModel['columns'], tables: PeriodTable[]): CumulativeRow {
  const values = new Map<number, number>();
  for (const { column } of columns)
    values.set(
      column.col,
      rows.filter((r) => r.kind === 'field').reduce((sum, r) => sum + (r.values.get(column.col) ?? 0), 0),
    );
  return { kind: 'total', label: '', values, sources: tables.map(() => []) };
}

/** (3) − ((7) + (13)) on a row of the template's form, when it has the three columns. */
function crossGap(row: CumulativeRow, template: PeriodTable): number | undefined {
  if (row.kind === 'section') return undefined;
  const col = (role: Role) => template.table.columns.find((c) => c.role === role)?.col;
  const [received, resolved, pending] = [col('received'), col('resolved'), col('pending')];
  if (received === undefined || resolved === undefined || pending === undefined) return undefined;
  return (row.values.get(received) ?? 0) - (row.values.get(resolved) ?? 0) - (row.values.get(pending) ?? 0);
}
