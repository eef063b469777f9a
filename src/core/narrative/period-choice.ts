// The narrative's period is the table's period: what the sheet's title says, completed by what the
// clerk gives. A clerk's period that contradicts the title (or itself) is a conflict, written only
// when forced; the conflicts are data for the CLI and the pane to word.

import {
  compareDates,
  datesFitPeriod,
  isValidDate,
  officialKindOfDates,
  reportingPeriodDates,
  sameDate,
  type CalendarDate,
  type DateRange,
  type PartialDate,
  type PeriodInput,
  type PeriodKind,
} from '../calendar';

/** A period with every part that can be known, and where each part came from. */
export interface ResolvedPeriod extends PeriodInput {
  /** True when from/to were taken from the official calendar rather than typed or read. */
  datesFromCalendar: boolean;
  /** Problems with the clerk's input, for the clerk to see (e.g. an end before the start). */
  problems: PeriodProblem[];
}

export type PeriodProblem = 'end-before-start' | 'dates-span-other-year';

/** What the clerk typed: dates may lack their year ("30/6"), taken from the period's year. */
export interface ClerkPeriod {
  kind?: PeriodKind;
  year?: number;
  from?: PartialDate;
  to?: PartialDate;
}

/** What the sheet says about its period, and the texts it was read from (quoted to the clerk). */
export interface SheetPeriod extends PeriodInput {
  texts: string[];
}

export type PeriodInputPart = 'kind' | 'year' | 'from' | 'to';

/** `parts`: the clerk's inputs the conflict is about, to say which one to change. */
export type PeriodConflict = { parts: PeriodInputPart[] } &
  /** The clerk's kind is not the title's ("6T" on a quarter's table). */
  (
    | { type: 'kind'; clerk: PeriodKind; title: PeriodKind; year?: number }
    /** The clerk's kind does not fit the dates the title gives (a quarter for "từ 21/7 đến 20/8"). */
    | { type: 'kind-vs-title-dates'; clerk: PeriodKind; year: number; title: DateRange }
    | { type: 'year'; clerk: number; title: number }
    /** The clerk's dates are not the title's dates; `clerk` holds the ends the clerk gave. */
    | { type: 'dates'; clerk: { from?: CalendarDate; to?: CalendarDate }; title: DateRange }
    /** The clerk's dates (completed) are not the title's period, which states no dates of its own. */
    | { type: 'dates-outside-title'; clerk: DateRange; titleKind?: PeriodKind; titleYear: number }
    /** The clerk's kind and dates name different periods. */
    | { type: 'clerk-kind-vs-dates'; kind: PeriodKind; year: number; dates: DateRange }
    /** The title's words and its dates name different periods. */
    | { type: 'title-inconsistent'; kind?: PeriodKind; year: number; dates: DateRange }
  );

export type DateInputProblem = { part: 'from' | 'to'; problem: 'needs-year' | 'not-a-date' };

export interface PeriodChoice {
  /** The period to write: the title's, completed by the clerk; the clerk's parts first when forced. */
  period: ResolvedPeriod;
  conflicts: PeriodConflict[];
  /** Conflicts and no force: nothing may be written. */
  refused: boolean;
  forced: boolean;
  /** Typed dates that cannot be completed into real dates. */
  inputProblems: DateInputProblem[];
  /** The sheet's period and where it was read. */
  sheet: SheetPeriod;
}

interface CompletedDates {
  from?: CalendarDate;
  to?: CalendarDate;
  problems: DateInputProblem[];
}

function withYear(date: PartialDate, year: number): CalendarDate {
  return { day: date.day, month: date.month, year };
}

/**
 * The clerk's dates with their years: a date typed without one is in the period's year, and a
 * start that would then fall after the end is in the year before ("từ 15/12 đến 14/3/2026").
 */
function completeDates(clerk: ClerkPeriod, defaultYear: number | undefined): CompletedDates {
  const problems: DateInputProblem[] = [];
  const complete = (part: 'from' | 'to', date: PartialDate | undefined, fallback: number | undefined): CalendarDate | undefined => {
    if (!date) return undefined;
    const year = date.year ?? fallback;
    if (year === undefined) {
      problems.push({ part, problem: 'needs-year' });
      return undefined;
    }
    return withYear(date, year);
  };
  let to = complete('to', clerk.to, defaultYear ?? clerk.from?.year);
  let from = complete('from', clerk.from, to?.year ?? defaultYear);
  if (from && to && compareDates(from, to) > 0) {
    if (clerk.from?.year === undefined) from = { ...from, year: from.year - 1 };
    else if (clerk.to?.year === undefined) to = { ...to, year: to.year + 1 };
  }
  for (const [part, date] of [
    ['from', from],
    ['to', to],
  ] as const) {
    if (date && !isValidDate(date)) problems.push({ part, problem: 'not-a-date' });
  }
  const valid = (date: CalendarDate | undefined) => (date && isValidDate(date) ? date : undefined);
  return { from: valid(from), to: valid(to), problems };
}

function rangeOf(from: CalendarDate | undefined, to: CalendarDate | undefined): DateRange | undefined {
  return from && to ? { from, to } : undefined;
}

/** The title's own period: its words, its year, its dates. */
function titleParts(sheet: SheetPeriod) {
  const dates = rangeOf(sheet.from, sheet.to);
  const kind = sheet.kind ?? (dates ? officialKindOfDates(dates.from, dates.to) : undefined);
  const year = sheet.year ?? dates?.to.year;
  return { kind, year, dates };
}

/** Dates `range` can be written under `kind` and `year` (either may be unknown). */
function datesAgree(range: DateRange, kind: PeriodKind | undefined, year: number | undefined): boolean {
  if (kind !== undefined && year !== undefined) return datesFitPeriod(range, kind, year);
  if (kind !== undefined) return datesFitPeriod(range, kind, range.to.year);
  return year === undefined || range.to.year === year;
}

function findConflicts(clerk: ClerkPeriod, dates: CompletedDates, sheet: SheetPeriod): PeriodConflict[] {
  const title = titleParts(sheet);
  const conflicts: PeriodConflict[] = [];
  if (title.dates && title.year !== undefined && (sheet.kind !== undefined || sheet.year !== undefined) && !datesAgree(title.dates, sheet.kind, title.year)) {
    conflicts.push({ type: 'title-inconsistent', kind: sheet.kind, year: title.year, dates: title.dates, parts: [] });
  }
  // A reversed range is its own problem (end-before-start), not a period to compare.
  const typed = rangeOf(dates.from, dates.to);
  const clerkRange = typed && compareDates(typed.from, typed.to) <= 0 ? typed : undefined;
  const clerkYear = clerk.year ?? dates.to?.year;
  if (clerk.kind !== undefined) {
    if (title.kind !== undefined && clerk.kind !== title.kind)
      conflicts.push({ type: 'kind', clerk: clerk.kind, title: title.kind, year: title.year, parts: ['kind'] });
    else if (title.kind === undefined && title.dates && !datesFitPeriod(title.dates, clerk.kind, clerkYear ?? title.dates.to.year)) {
      conflicts.push({ type: 'kind-vs-title-dates', clerk: clerk.kind, year: clerkYear ?? title.dates.to.year, title: title.dates, parts: ['kind'] });
    }
  }
  if (clerk.year !== undefined && title.year !== undefined && clerk.year !== title.year)
    conflicts.push({ type: 'year', clerk: clerk.year, title: title.year, parts: ['year'] });
  // A lone typed end names the period's year (official periods end in their own year): one of
  // another year than the title's contradicts it, as a typed year would.
  else if (clerk.year === undefined && !title.dates && title.year !== undefined && dates.to && !dates.from && dates.to.year !== title.year) {
    conflicts.push({ type: 'year', clerk: dates.to.year, title: title.year, parts: ['to'] });
  }
  const partsOrPeriod = conflicts.some((c) => c.type === 'kind' || c.type === 'year' || c.type === 'kind-vs-title-dates');
  if (title.dates) {
    const fromDiffers = dates.from !== undefined && !sameDate(dates.from, title.dates.from);
    const toDiffers = dates.to !== undefined && !sameDate(dates.to, title.dates.to);
    if (fromDiffers || toDiffers) {
      const parts = (['from', 'to'] as const).filter((part) => dates[part] !== undefined);
      conflicts.push({ type: 'dates', clerk: { from: dates.from, to: dates.to }, title: title.dates, parts });
    }
  } else if (clerkRange && !partsOrPeriod && title.year !== undefined && !datesAgree(clerkRange, title.kind, title.year)) {
    conflicts.push({ type: 'dates-outside-title', clerk: clerkRange, titleKind: title.kind, titleYear: title.year, parts: ['from', 'to'] });
  }
  if (clerk.kind !== undefined && clerkRange && !datesFitPeriod(clerkRange, clerk.kind, clerkYear ?? clerkRange.to.year)) {
    conflicts.push({ type: 'clerk-kind-vs-dates', kind: clerk.kind, year: clerkYear ?? clerkRange.to.year, dates: clerkRange, parts: ['kind', 'from', 'to'] });
  }
  return conflicts;
}

/**
 * The period written: the clerk's parts, then the title's parts that agree with them, then the
 * official calendar for missing dates. Without conflicts this is the title's period, completed.
 */
function mergePeriod(clerk: ClerkPeriod, dates: CompletedDates, sheet: SheetPeriod): ResolvedPeriod {
  const title = titleParts(sheet);
  const clerkRange = rangeOf(dates.from, dates.to);
  const year = clerk.year ?? dates.to?.year ?? title.year;
  const titleKindFits = title.kind !== undefined && (!clerkRange || datesFitPeriod(clerkRange, title.kind, year ?? clerkRange.to.year));
  const kind = clerk.kind ?? (titleKindFits ? title.kind : undefined) ?? (clerkRange ? officialKindOfDates(clerkRange.from, clerkRange.to) : undefined);
  const titleDatesFit = title.dates !== undefined && datesAgree(title.dates, kind, year);
  let from = dates.from ?? (titleDatesFit ? title.dates?.from : undefined);
  let to = dates.to ?? (titleDatesFit ? title.dates?.to : undefined);
  let datesFromCalendar = false;
  if (kind && year !== undefined && (!from || !to)) {
    const official = reportingPeriodDates(kind, year);
    from ??= official.from;
    to ??= official.to;
    datesFromCalendar = true;
  }
  const problems: PeriodProblem[] = [];
  if (from && to && compareDates(from, to) > 0) problems.push('end-before-start');
  if (to && year !== undefined && to.year !== year) problems.push('dates-span-other-year');
  return { kind, year, from, to, datesFromCalendar, problems };
}

/**
 * Chooses the period to write from the sheet's and the clerk's. `force`: the clerk's parts win
 * over a contradicting title (the conflicts stay, for a warning).
 */
export function choosePeriod(clerk: ClerkPeriod, sheet: SheetPeriod, force = false): PeriodChoice {
  const title = titleParts(sheet);
  const dates = completeDates(clerk, clerk.year ?? title.year);
  const conflicts = findConflicts(clerk, dates, sheet);
  const period = mergePeriod(clerk, dates, sheet);
  // A lone typed end completed by the calendar can still make a fortnight of a quarter.
  const range = rangeOf(period.from, period.to);
  if (
    conflicts.length === 0 &&
    range &&
    period.kind &&
    period.year !== undefined &&
    !datesFitPeriod(range, period.kind, period.year) &&
    !period.problems.includes('end-before-start')
  ) {
    const parts = (['from', 'to'] as const).filter((part) => clerk[part] !== undefined);
    if (title.kind !== undefined && clerk.kind === undefined)
      conflicts.push({ type: 'dates-outside-title', clerk: range, titleKind: title.kind, titleYear: title.year ?? period.year, parts });
    else conflicts.push({ type: 'clerk-kind-vs-dates', kind: period.kind, year: period.year, dates: range, parts: ['kind', ...parts] });
  }
  return { period, conflicts, refused: conflicts.length > 0 && !force, forced: force && conflicts.length > 0, inputProblems: dates.problems, sheet };
}

/** The period of the clerk's input alone, for a sheet without a title. */
export function periodOf(clerk: ClerkPeriod): ResolvedPeriod {
  return choosePeriod(clerk, { texts: [] }).period;
}
