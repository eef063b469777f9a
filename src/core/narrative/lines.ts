// Section I.2 of the quarterly report as data, from the table's figures, in the seed's order.
// Lines whose columns the form lacks are left out (and listed); what the annex cannot give
// (online payment, digitisation) is a line of blanks.

import type { FieldFigures, Role, TableFigures } from '../types';
import { addComparison, type ComparisonBasis } from './comparison-lines';
import { narrativeCounts, roleRate, rateOf, type Counts } from './counts';
import { narrativeFieldName, fieldsByName } from './fields';
import type { Figure, NarrativeLine, NarrativeModel, OmittedLine, RatedLineKey } from './model';
import { periodOf, type ResolvedPeriod } from './period-choice';

export interface NarrativeOptions {
  /** The period to write (see choosePeriod); unknown parts become blanks. */
  period?: ResolvedPeriod;
  unit?: string;
  /** How many of the largest fields to name; 3 by default. */
  topFields?: number;
  /** Another period's table to compare with ("tăng 412 hồ sơ, 13,0% so với quý I năm 2026"). */
  previous?: ComparisonBasis;
}

const countOf = (value: number, role: Role): Figure => ({ role, measure: 'count', value });
const rateOfRole = (value: number, role: Role, measure: 'rate' | 'share' = 'rate'): Figure => ({ role, measure, value });

class LineList {
  readonly lines: NarrativeLine[] = [];
  readonly omitted: OmittedLine[] = [];

  add(line: NarrativeLine): void {
    this.lines.push(line);
  }

  omit(key: string, missing: Role[]): void {
    this.omitted.push({ key, missing });
  }
}

/** A "label: N hồ sơ (tỷ lệ x%);" line for one role, or its omission when the form lacks it. */
function addRatedLine(list: LineList, counts: Counts, key: RatedLineKey, style: 'item' | 'subitem'): void {
  const value = counts[key];
  if (value === undefined) {
    list.omit(key, [key]);
    return;
  }
  const rate = roleRate(counts, key);
  list.add({ key, style, count: countOf(value, key), rate: rate === null ? null : rateOfRole(rate, key) });
}

function addReceivedLines(list: LineList, counts: Counts): void {
  if (counts.received !== undefined) list.add({ key: 'received', style: 'item', count: countOf(counts.received, 'received') });
  else list.omit('received', ['received']);
  const fresh = counts['received.new'];
  const carried = counts['received.carried'];
  if (fresh !== undefined) {
    list.add({
      key: 'received.new',
      style: 'subitem',
      fresh: countOf(fresh, 'received.new'),
      carried: carried !== undefined ? countOf(carried, 'received.carried') : undefined,
    });
    if (carried === undefined) list.omit('received.carried', ['received.carried']);
  } else if (carried !== undefined) {
    list.add({ key: 'received.carried', style: 'subitem', carried: countOf(carried, 'received.carried') });
    list.omit('received.new', ['received.online', 'received.direct']);
  } else {
    list.omit('received.new', ['received.online', 'received.direct', 'received.carried']);
  }
  addRatedLine(list, counts, 'received.online', 'subitem');
}

function addResolvedLines(list: LineList, counts: Counts): void {
  addRatedLine(list, counts, 'resolved', 'item');
  if (counts['resolved.early+onTime'] !== undefined) {
    addRatedLine(list, counts, 'resolved.early+onTime', 'subitem');
  } else if (counts['resolved.early'] !== undefined || counts['resolved.onTime'] !== undefined) {
    // The form has one of the two columns only: say exactly what it counts.
    if (counts['resolved.early'] !== undefined) addRatedLine(list, counts, 'resolved.early', 'subitem');
    if (counts['resolved.onTime'] !== undefined) addRatedLine(list, counts, 'resolved.onTime', 'subitem');
  } else {
    list.omit('resolved.early+onTime', ['resolved.early', 'resolved.onTime']);
  }
  for (const key of ['resolved.late', 'resolved.rejected', 'resolved.withdrawn'] as const) addRatedLine(list, counts, key, 'subitem');
}

function addPendingLines(list: LineList, counts: Counts): void {
  addRatedLine(list, counts, 'pending', 'item');
  for (const key of ['pending.inTime', 'pending.overdue', 'pending.supplement'] as const) addRatedLine(list, counts, key, 'subitem');
}

/**
 * The fields lines: the largest fields by dossiers received with their share of the total, then
 * the fields with dossiers returned late or pending overdue. Rows of the same field under
 * different sections count as one field.
 */
export function fieldLines(figures: TableFigures, counts: Counts, topCount = 3): NarrativeLine[] {
  const lines: NarrativeLine[] = [];
  const fields = fieldsByName(figures.fields);
  const withReceived = fields.filter((f) => (f.values.received ?? 0) > 0);
  const totalReceived = counts.received ?? withReceived.reduce((sum, f) => sum + (f.values.received ?? 0), 0);
  const top = withReceived
    .map((field, order) => ({ field, order }))
    .sort((a, b) => (b.field.values.received ?? 0) - (a.field.values.received ?? 0) || a.order - b.order)
    .slice(0, Math.max(0, topCount))
    .map((entry) => entry.field);
  if (top.length > 0) {
    const listed = top.map((field) => {
      const received = field.values.received as number;
      const share = rateOf(received, totalReceived);
      return { name: narrativeFieldName(field), count: countOf(received, 'received'), share: share === null ? null : rateOfRole(share, 'received', 'share') };
    });
    lines.push({ key: 'fields.top', style: 'item', fields: listed });
  }
  const hasLate = fields.length > 0 && counts['resolved.late'] !== undefined;
  const hasOverdue = fields.length > 0 && counts['pending.overdue'] !== undefined;
  const lateFields = hasLate ? fields.filter((f) => (f.values['resolved.late'] ?? 0) > 0) : [];
  const overdueFields = hasOverdue ? fields.filter((f) => (f.values['pending.overdue'] ?? 0) > 0) : [];
  const listOf = (listed: FieldFigures[], role: Role) =>
    listed.map((field) => ({ name: narrativeFieldName(field), count: countOf(field.values[role] as number, role) }));
  if (lateFields.length > 0) lines.push({ key: 'fields.late', style: 'item', fields: listOf(lateFields, 'resolved.late') });
  if (overdueFields.length > 0) lines.push({ key: 'fields.overdue', style: 'item', fields: listOf(overdueFields, 'pending.overdue') });
  if (hasLate && hasOverdue && lateFields.length === 0 && overdueFields.length === 0) lines.push({ key: 'fields.noOverdue', style: 'item' });
  return lines;
}

/** Section I.2 from the table's figures. */
export function buildNarrative(figures: TableFigures, options: NarrativeOptions = {}): NarrativeModel {
  const counts = narrativeCounts(figures.totals);
  const list = new LineList();
  list.add({ key: 'heading', style: 'heading' });
  addReceivedLines(list, counts);
  addResolvedLines(list, counts);
  addPendingLines(list, counts);
  list.add({ key: 'payment', style: 'item' });
  list.add({ key: 'digitisation', style: 'item' });
  for (const line of fieldLines(figures, counts, options.topFields ?? 3)) list.add(line);
  list.add({ key: 'annexNote', style: 'note' });
  const missing = options.previous ? addComparison(list.lines, counts, options.previous) : undefined;
  return {
    period: options.period ?? periodOf({}),
    unit: options.unit,
    lines: list.lines,
    omitted: list.omitted,
    totalsSource: figures.totalsSource,
    ...(options.previous && missing ? { comparison: { against: options.previous.period, missing } } : {}),
  };
}
