// Section I.2 of the quarterly report, written from the table's figures in the seed's wording
// and order. Lines whose columns the form lacks are left out; what the annex cannot give
// (online payment, digitisation) is a marked blank.

import { formatNumber, formatPercent } from '../numbers';
import type { FieldFigures, Lang, Role, TableFigures } from '../types';
import { blankHints, narrativeTemplates, type NarrativeTemplates } from '../../i18n/narrative';
import { narrativeCounts, roleRate, rateOf, type Counts } from './counts';
import { fieldName, fieldsByName } from './fields';
import type { NarrativeModel, NarrativeParagraph, NarrativeRun, OmittedLine, ParagraphStyle } from './model';
import { formatDateRange } from '../calendar';
import { periodOf, type ResolvedPeriod } from './period-choice';

export interface NarrativeOptions {
  lang?: Lang;
  /** The period to write (see choosePeriod); unknown parts become blanks. */
  period?: ResolvedPeriod;
  unit?: string;
  /** How many of the largest fields to name; 3 by default. */
  topFields?: number;
}

type Slots = Record<string, NarrativeRun[]>;

/** Splits a template at its {slots} and puts the given runs in their place. */
export function fillTemplate(template: string, slots: Slots): NarrativeRun[] {
  const runs: NarrativeRun[] = [];
  const pushText = (text: string) => {
    if (text === '') return;
    const last = runs[runs.length - 1];
    if (last && last.type === 'text') last.text += text;
    else runs.push({ type: 'text', text });
  };
  let rest = template;
  for (let match = /\{([a-z0-9]+)\}/i.exec(rest); match; match = /\{([a-z0-9]+)\}/i.exec(rest)) {
    pushText(rest.slice(0, match.index));
    const slot = slots[match[1]];
    if (!slot) throw new Error(`Template slot {${match[1]}} has no value in: ${template}`);
    for (const run of slot) {
      if (run.type === 'text') pushText(run.text);
      else runs.push(run);
    }
    rest = rest.slice(match.index + match[0].length);
  }
  pushText(rest);
  return runs;
}

const text = (value: string): NarrativeRun[] => [{ type: 'text', text: value }];

function countRun(value: number, role: Role, lang: Lang): NarrativeRun[] {
  return [{ type: 'figure', text: formatNumber(value, lang), role, measure: 'count', value }];
}

function rateRun(value: number, role: Role, lang: Lang, measure: 'rate' | 'share' = 'rate'): NarrativeRun[] {
  return [{ type: 'figure', text: formatPercent(value, lang), role, measure, value }];
}

/** The heading's period words and dates, with blanks for what is not known. */
function headingRuns(t: NarrativeTemplates, period: ResolvedPeriod): NarrativeRun[] {
  const year: NarrativeRun[] =
    period.year !== undefined ? text(String(period.year)) : [{ type: 'blank', hint: blankHints.year }];
  if (!period.kind && period.from && period.to) {
    // Not an official period: named by its dates alone ("từ ngày 21/7 đến ngày 20/8/2026").
    const range = formatDateRange(period.from, period.to);
    return fillTemplate(t.headingByDates, { range: fillTemplate(t.range, { from: text(range.from), to: text(range.to) }) });
  }
  const periodRuns = period.kind
    ? fillTemplate(t.period[period.kind], { year })
    : fillTemplate(t.periodUnknown, { quarter: [{ type: 'blank', hint: blankHints.quarter }], year });
  let from: NarrativeRun[] = [{ type: 'blank', hint: blankHints.from }];
  let to: NarrativeRun[] = [{ type: 'blank', hint: blankHints.to }];
  if (period.from && period.to) {
    const range = formatDateRange(period.from, period.to);
    from = text(range.from);
    to = text(range.to);
  }
  return fillTemplate(t.heading, { period: periodRuns, range: fillTemplate(t.range, { from, to }) });
}

class ParagraphList {
  readonly paragraphs: NarrativeParagraph[] = [];
  readonly omitted: OmittedLine[] = [];

  add(key: string, style: ParagraphStyle, runs: NarrativeRun[]): void {
    this.paragraphs.push({ key, style, runs });
  }

  omit(key: string, missing: Role[]): void {
    this.omitted.push({ key, missing });
  }
}

/** A "label: N hồ sơ (tỷ lệ x%);" line for one role, or its omission when the form lacks it. */
function addCountLine(
  list: ParagraphList,
  counts: Counts,
  role: Role,
  template: string,
  style: ParagraphStyle,
  t: NarrativeTemplates,
  lang: Lang,
): void {
  const value = counts[role];
  if (value === undefined) {
    list.omit(role, [role]);
    return;
  }
  const rate = roleRate(counts, role);
  const rateSlot = rate === null ? [] : fillTemplate(t.rateSuffix, { rate: rateRun(rate, role, lang) });
  list.add(role, style, fillTemplate(template, { count: countRun(value, role, lang), rate: rateSlot }));
}

function addReceivedLines(list: ParagraphList, counts: Counts, t: NarrativeTemplates, lang: Lang): void {
  if (counts.received !== undefined) {
    list.add('received', 'item', fillTemplate(t.received, { count: countRun(counts.received, 'received', lang) }));
  } else {
    list.omit('received', ['received']);
  }
  const fresh = counts['received.new'];
  const carried = counts['received.carried'];
  const newSlot = fresh !== undefined ? countRun(fresh, 'received.new', lang) : [];
  const carriedSlot = carried !== undefined ? countRun(carried, 'received.carried', lang) : [];
  if (fresh !== undefined && carried !== undefined) {
    list.add('received.new', 'subitem', fillTemplate(t.newAndCarried, { new: newSlot, carried: carriedSlot }));
  } else if (fresh !== undefined) {
    list.add('received.new', 'subitem', fillTemplate(t.newOnly, { new: newSlot }));
    list.omit('received.carried', ['received.carried']);
  } else if (carried !== undefined) {
    list.add('received.carried', 'subitem', fillTemplate(t.carriedOnly, { carried: carriedSlot }));
    list.omit('received.new', ['received.online', 'received.direct']);
  } else {
    list.omit('received.new', ['received.online', 'received.direct', 'received.carried']);
  }
  const online = counts['received.online'];
  if (online === undefined) {
    list.omit('received.online', ['received.online']);
    return;
  }
  const rate = roleRate(counts, 'received.online');
  const count = countRun(online, 'received.online', lang);
  list.add(
    'received.online',
    'subitem',
    rate === null
      ? fillTemplate(t.onlineNoRate, { count })
      : fillTemplate(t.online, { count, rate: rateRun(rate, 'received.online', lang) }),
  );
}

function addResolvedLines(list: ParagraphList, counts: Counts, t: NarrativeTemplates, lang: Lang): void {
  addCountLine(list, counts, 'resolved', t.resolved, 'item', t, lang);
  if (counts['resolved.early+onTime'] !== undefined) {
    addCountLine(list, counts, 'resolved.early+onTime', t.earlyOnTime, 'subitem', t, lang);
  } else if (counts['resolved.early'] !== undefined || counts['resolved.onTime'] !== undefined) {
    // The form has one of the two columns only: say exactly what it counts.
    if (counts['resolved.early'] !== undefined) addCountLine(list, counts, 'resolved.early', t.early, 'subitem', t, lang);
    if (counts['resolved.onTime'] !== undefined) addCountLine(list, counts, 'resolved.onTime', t.onTime, 'subitem', t, lang);
  } else {
    list.omit('resolved.early+onTime', ['resolved.early', 'resolved.onTime']);
  }
  addCountLine(list, counts, 'resolved.late', t.late, 'subitem', t, lang);
  addCountLine(list, counts, 'resolved.rejected', t.rejected, 'subitem', t, lang);
  addCountLine(list, counts, 'resolved.withdrawn', t.withdrawn, 'subitem', t, lang);
}

function addPendingLines(list: ParagraphList, counts: Counts, t: NarrativeTemplates, lang: Lang): void {
  addCountLine(list, counts, 'pending', t.pending, 'item', t, lang);
  addCountLine(list, counts, 'pending.inTime', t.inTime, 'subitem', t, lang);
  addCountLine(list, counts, 'pending.overdue', t.overdue, 'subitem', t, lang);
  addCountLine(list, counts, 'pending.supplement', t.supplement, 'subitem', t, lang);
}

/**
 * The fields paragraph: the largest fields by dossiers received with their share of the total,
 * then the fields with dossiers returned late or pending overdue. Rows of the same field under
 * different sections count as one field.
 */
export function fieldParagraphs(figures: TableFigures, counts: Counts, lang: Lang, topCount = 3): NarrativeParagraph[] {
  const t = narrativeTemplates[lang];
  const paragraphs: NarrativeParagraph[] = [];
  const fields = fieldsByName(figures.fields);
  const withReceived = fields.filter((f) => (f.values.received ?? 0) > 0);
  const totalReceived = counts.received ?? withReceived.reduce((sum, f) => sum + (f.values.received ?? 0), 0);
  const top = withReceived
    .map((field, order) => ({ field, order }))
    .sort((a, b) => (b.field.values.received ?? 0) - (a.field.values.received ?? 0) || a.order - b.order)
    .slice(0, Math.max(0, topCount))
    .map((entry) => entry.field);
  if (top.length > 0) {
    const items = top.map((field) => {
      const received = field.values.received as number;
      const share = rateOf(received, totalReceived);
      return fillTemplate(t.topFieldItem, {
        field: text(fieldName(field)),
        count: countRun(received, 'received', lang),
        share: share === null ? [] : rateRun(share, 'received', lang, 'share'),
      });
    });
    const list = joinRuns(items, t.listSeparator);
    paragraphs.push({ key: 'fields.top', style: 'item', runs: fillTemplate(top.length > 1 ? t.topFieldsMany : t.topFieldsOne, { list }) });
  }
  const hasLate = fields.length > 0 && counts['resolved.late'] !== undefined;
  const hasOverdue = fields.length > 0 && counts['pending.overdue'] !== undefined;
  const lateFields = hasLate ? fields.filter((f) => (f.values['resolved.late'] ?? 0) > 0) : [];
  const overdueFields = hasOverdue ? fields.filter((f) => (f.values['pending.overdue'] ?? 0) > 0) : [];
  const listOf = (listed: FieldFigures[], role: Role) =>
    joinRuns(
      listed.map((field) =>
        fillTemplate(t.fieldCountItem, { field: text(fieldName(field)), count: countRun(field.values[role] as number, role, lang) }),
      ),
      t.listSeparator,
    );
  if (lateFields.length > 0) paragraphs.push({ key: 'fields.late', style: 'item', runs: fillTemplate(t.lateFields, { list: listOf(lateFields, 'resolved.late') }) });
  if (overdueFields.length > 0) {
    paragraphs.push({ key: 'fields.overdue', style: 'item', runs: fillTemplate(t.overdueFields, { list: listOf(overdueFields, 'pending.overdue') }) });
  }
  if (hasLate && hasOverdue && lateFields.length === 0 && overdueFields.length === 0) {
    paragraphs.push({ key: 'fields.noOverdue', style: 'item', runs: text(t.noOverdueAnywhere) });
  }
  return paragraphs;
}

function joinRuns(items: NarrativeRun[][], separator: string): NarrativeRun[] {
  return items.flatMap((runs, i) => (i === 0 ? runs : [...text(separator), ...runs]));
}

/** Section I.2 from the table's figures. */
export function buildNarrative(figures: TableFigures, options: NarrativeOptions = {}): NarrativeModel {
  const lang = options.lang ?? 'vi';
  const t = narrativeTemplates[lang];
  const period = options.period ?? periodOf({});
  const counts = narrativeCounts(figures.totals);
  const list = new ParagraphList();
  list.add('heading', 'heading', headingRuns(t, period));
  addReceivedLines(list, counts, t, lang);
  addResolvedLines(list, counts, t, lang);
  addPendingLines(list, counts, t, lang);
  list.add('payment', 'item', fillTemplate(t.payment, { blank: [{ type: 'blank', hint: blankHints.payment }] }));
  list.add(
    'digitisation',
    'item',
    fillTemplate(t.digitisation, {
      blank: [{ type: 'blank', hint: blankHints.digitisedInput }],
      blank2: [{ type: 'blank', hint: blankHints.digitisedResult }],
    }),
  );
  for (const paragraph of fieldParagraphs(figures, counts, lang, options.topFields ?? 3)) list.paragraphs.push(paragraph);
  list.add('annexNote', 'note', text(t.annexNote));
  return {
    lang,
    period,
    unit: options.unit,
    paragraphs: list.paragraphs,
    omitted: list.omitted,
    totalsSource: figures.totalsSource,
  };
}
