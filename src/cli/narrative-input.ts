// What `narrative`, `report` and `check-text` share: the period and unit flags, and the located table.
import { narrativeForTable, type ClerkInput, type NarrativeBundle } from '../core/narrative';
import { formatDate, parseDate, parsePeriodKind, type CalendarDate } from '../core/narrative/period';
import type { Grid, Lang, ValidationReport } from '../core/types';
import { validateWorkbook } from '../core/validate';
import { narrativeCliTexts as texts, omittedLineNames, periodProblemMessages } from '../i18n/narrative';
import { InputError } from './errors';
import { EXIT, type CliIo } from './io';
import { readXlsxGrids } from './xlsx';

export const PERIOD_OPTIONS = {
  quarter: { type: 'string' },
  year: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  unit: { type: 'string' },
  sheet: { type: 'string' },
} as const;

export interface PeriodFlags {
  quarter?: string;
  year?: string;
  from?: string;
  to?: string;
  unit?: string;
}

/** The clerk's period and unit from the flags; a bad value is an InputError that names it. */
export function clerkInputFromFlags(flags: PeriodFlags, lang: Lang): ClerkInput {
  const input: ClerkInput = {};
  if (flags.quarter !== undefined) {
    const kind = parsePeriodKind(flags.quarter);
    if (!kind) throw new InputError(texts.badQuarter(flags.quarter)[lang]);
    input.kind = kind;
  }
  if (flags.year !== undefined) {
    if (!/^\d{4}$/.test(flags.year.trim())) throw new InputError(texts.badYear(flags.year)[lang]);
    input.year = Number(flags.year.trim());
  }
  let to: CalendarDate | undefined;
  if (flags.to !== undefined) {
    to = parseDate(flags.to, input.year) ?? undefined;
    if (!to) throw new InputError(texts.badDate('--to', flags.to)[lang]);
    input.to = to;
  }
  if (flags.from !== undefined) {
    const from = parseDate(flags.from, to?.year ?? input.year);
    if (!from) throw new InputError(texts.badDate('--from', flags.from)[lang]);
    // "--from 15/12 --to 14/3/2026": a start without a year after the end is in the year before.
    if (to && !/\d{4}/.test(flags.from) && (from.month > to.month || (from.month === to.month && from.day > to.day))) from.year -= 1;
    input.from = from;
  }
  if (flags.unit !== undefined && flags.unit.trim() !== '') input.unit = flags.unit.trim();
  return input;
}

export interface LocatedTable {
  grid: Grid;
  report: ValidationReport;
}

/** Reads the workbook and locates and validates its annex table (InputError when it cannot). */
export async function loadTable(file: string, sheet: string | undefined, lang: Lang): Promise<LocatedTable> {
  const grids = await readXlsxGrids(file, lang);
  const outcome = validateWorkbook(grids, sheet);
  if (!outcome.ok) throw new InputError(`${file}: ${outcome.reason[lang]}`);
  const grid = grids.find((g) => g.sheetName === outcome.report.sheet);
  if (!grid) throw new InputError(`${file}: ${outcome.report.sheet}`);
  return { grid, report: outcome.report };
}

/**
 * The narrative of the table in `file`, for the clerk's flags; what may be wrong with it goes to
 * stderr. A period that ends before it starts is bad input (InputError): the heading would be wrong.
 */
export async function narrativeFromFile(io: CliIo, file: string, flags: PeriodFlags & { sheet?: string }, lang: Lang): Promise<NarrativeBundle> {
  const clerk = clerkInputFromFlags(flags, lang);
  const table = await loadTable(file, flags.sheet, lang);
  const bundle = narrativeForTable(table.grid, table.report.table, clerk, lang);
  const { from, to, problems } = bundle.model.period;
  if (from && to && problems.includes('end-before-start')) {
    const source = flags.from !== undefined && flags.to !== undefined ? 'flags' : flags.from !== undefined || flags.to !== undefined ? 'mixed' : 'sheet';
    throw new InputError(texts.periodReversed(formatDate(from), formatDate(to), source)[lang]);
  }
  warnAboutNarrative(io, file, table, bundle, lang);
  return bundle;
}

/** Tells the clerk on stderr what may be wrong with the paragraphs, without stopping. */
export function warnAboutNarrative(io: CliIo, file: string, table: LocatedTable, bundle: NarrativeBundle, lang: Lang): void {
  const errors = table.report.summary.errors;
  if (errors > 0) io.stderr(texts.tableHasErrors(file, errors)[lang]);
  for (const problem of bundle.model.period.problems) io.stderr(periodProblemMessages[problem][lang]);
  if (bundle.model.totalsSource === 'field-sum') io.stderr(texts.totalsFromFields[lang]);
  if (bundle.model.omitted.length > 0) io.stderr(texts.omittedLines(omittedLineNames(bundle.model.omitted.map((o) => o.key), lang))[lang]);
}

/** Runs a command body; bad input (InputError) becomes one clear line on stderr and exit code 2. */
export async function explainingInputErrors(io: CliIo, body: () => Promise<number>): Promise<number> {
  try {
    return await body();
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    io.stderr(error.message);
    return EXIT.badInput;
  }
}
