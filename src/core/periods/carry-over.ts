// The carry-over check: what a unit carries into this period, "Từ kỳ trước", is what it had
// pending at the end of the previous one — per field matched by name and on the totals row, by
// role whatever the form: received.carried here against pending there. The pending split has no
// counterpart in the carried-over column and is not compared.
import type { FieldNameMap } from '../match/fields';
import type { Role } from '../types';
import { periodAdjacency, type Adjacency } from './adjacency';
import { matchTableRows } from './match-rows';
import { readRoleOver, roleColumn } from './role-cells';
import type { FieldListComparison, PeriodFinding, PeriodSide, PeriodTable, SheetCell } from './types';

export interface CarryOverCheck {
  adjacency: Adjacency;
  /** The counts were compared: the periods follow each other (or cannot be told) and both forms have the columns. */
  checked: boolean;
  /** Errors and warnings between the two periods (each table's own findings are in its report). */
  findings: PeriodFinding[];
  fields: FieldListComparison;
  /** Counts compared (fields and the totals row), and how many agreed. */
  compared: number;
  agreed: number;
}

export interface CarryOverOptions {
  /** The clerk's saved answers: a name as some table writes it → the field it is. */
  fieldMap?: FieldNameMap;
}

const CARRIED = 'received.carried' satisfies Role;
const PENDING = 'pending' satisfies Role;

function cellsOf(side: PeriodTable, addresses: string[]): SheetCell[] {
  return addresses.map((address) => ({ ...(side.file !== undefined ? { file: side.file } : {}), sheet: side.grid.sheetName, address }));
}

type Reading = { value: number; cells: SheetCell[] } | { unread: PeriodFinding } | null;

/** A role summed over rows of one side; null for no rows; a warning when a cell is no count. */
function readSide(side: PeriodTable, which: PeriodSide, rows: number[], role: typeof CARRIED | typeof PENDING, field: string | undefined): Reading {
  if (rows.length === 0) return null;
  const reading = readRoleOver(side.grid, side.table, rows, role);
  if (reading.kind === 'count') return { value: reading.value, cells: cellsOf(side, reading.addresses) };
  const cell = reading.kind === 'bad' ? cellsOf(side, [reading.address])[0] : undefined;
  return {
    unread: {
      rule: 'carry-over-unchecked',
      severity: 'warning',
      side: which,
      role,
      ...(field !== undefined ? { field } : {}),
      ...(cell ? { cell } : {}),
      ...(reading.kind === 'bad' ? { raw: reading.raw } : {}),
    },
  };
}

function missingColumns(previous: PeriodTable, current: PeriodTable): PeriodFinding[] {
  const findings: PeriodFinding[] = [];
  if (roleColumn(previous.table, PENDING) === undefined)
    findings.push({ rule: 'carry-over-unchecked', severity: 'warning', side: 'previous', role: 'pending' });
  if (roleColumn(current.table, CARRIED) === undefined)
    findings.push({ rule: 'carry-over-unchecked', severity: 'warning', side: 'current', role: 'received.carried' });
  return findings;
}

/** Checks this period's carried-over counts against the previous period's pending ones. */
export function checkCarryOver(previous: PeriodTable, current: PeriodTable, options: CarryOverOptions = {}): CarryOverCheck {
  const adjacency = periodAdjacency(previous.period, current.period);
  const findings: PeriodFinding[] = [];
  if (adjacency.kind === 'not-adjacent')
    findings.push({ rule: 'previous-not-adjacent', severity: 'warning', previous: previous.period, current: current.period });
  if (adjacency.kind === 'unknown') findings.push({ rule: 'previous-period-unknown', severity: 'warning', sides: adjacency.sides });
  const columns = missingColumns(previous, current);
  const check = adjacency.kind !== 'not-adjacent' && columns.length === 0;
  if (adjacency.kind !== 'not-adjacent') findings.push(...columns);

  const matching = matchTableRows([previous.table, current.table], options.fieldMap);
  const fields: FieldListComparison = { matched: [], vanished: [], added: [], suggestions: matching.suggestions };
  let compared = 0;
  let agreed = 0;
  for (const row of matching.rows) {
    const [before, now] = row.names;
    const field = now?.name ?? before?.name ?? row.field;
    const pending = roleColumn(previous.table, PENDING) !== undefined ? readSide(previous, 'previous', row.rows[0], PENDING, field) : null;
    const carried = roleColumn(current.table, CARRIED) !== undefined ? readSide(current, 'current', row.rows[1], CARRIED, field) : null;
    if (before && now) fields.matched.push({ previous: before.name, current: now.name, how: now.how !== 'same' ? now.how : before.how });
    else if (before) fields.vanished.push({ field, pending: pending && 'value' in pending ? pending.value : null });
    else fields.added.push({ field, carried: carried && 'value' in carried ? carried.value : null });
    if (!check) continue;
    for (const reading of [pending, carried]) if (reading && 'unread' in reading) findings.push(reading.unread);
    const pendingCount = pending && 'value' in pending ? pending : null;
    const carriedCount = carried && 'value' in carried ? carried : null;
    if (before && now) {
      if (!pendingCount || !carriedCount) continue;
      compared++;
      if (pendingCount.value === carriedCount.value) agreed++;
      else
        findings.push({
          rule: 'carry-over',
          severity: 'error',
          field,
          previous: pendingCount.cells,
          current: carriedCount.cells,
          pending: pendingCount.value,
          carried: carriedCount.value,
        });
    } else if (before && pendingCount && pendingCount.value > 0) {
      findings.push({ rule: 'carry-over-field-vanished', severity: 'error', field, previous: pendingCount.cells, pending: pendingCount.value });
    } else if (now && carriedCount && carriedCount.value > 0) {
      findings.push({ rule: 'carry-over-field-new', severity: 'error', field, current: carriedCount.cells, carried: carriedCount.value });
    }
  }
  const previousTotal = previous.table.rows.find((row) => row.kind === 'total');
  const currentTotal = current.table.rows.find((row) => row.kind === 'total');
  if (check && previousTotal && currentTotal) {
    const pending = readSide(previous, 'previous', [previousTotal.row], PENDING, undefined);
    const carried = readSide(current, 'current', [currentTotal.row], CARRIED, undefined);
    for (const reading of [pending, carried]) if (reading && 'unread' in reading) findings.push(reading.unread);
    if (pending && 'value' in pending && carried && 'value' in carried) {
      compared++;
      if (pending.value === carried.value) agreed++;
      else
        findings.push({
          rule: 'carry-over',
          severity: 'error',
          previous: pending.cells,
          current: carried.cells,
          pending: pending.value,
          carried: carried.value,
        });
    }
  }
  return { adjacency, checked: check, findings: sortPeriodFindings(findings), fields, compared, agreed };
}

const PERIOD_RULE_ORDER: PeriodFinding['rule'][] = [
  'carry-over',
  'carry-over-field-vanished',
  'carry-over-field-new',
  'carry-over-unchecked',
  'previous-not-adjacent',
  'previous-period-unknown',
];

/** Errors first, then by rule; within a rule, the table's order. */
function sortPeriodFindings(findings: PeriodFinding[]): PeriodFinding[] {
  return findings
    .map((finding, index) => ({ finding, index }))
    .sort((a, b) => PERIOD_RULE_ORDER.indexOf(a.finding.rule) - PERIOD_RULE_ORDER.indexOf(b.finding.rule) || a.index - b.index)
    .map((entry) => entry.finding);
}

/** The errors between two periods. */
export function carryOverErrors(check: CarryOverCheck): number {
  return check.findings.filter((finding) => finding.severity === 'error').length;
}
