// What `narrative`, `report` and `check-text` share: the period and unit flags, and the located table.
import { outcomeProblemText } from '../i18n/findings';
import { verdictLine } from '../i18n/verdict';
import { narrativeForTable, type ClerkInput, type NarrativeBundle, type PeriodChoice, type PeriodInputPart } from '../core/narrative';
import { formatDate } from '../shared/dates';
import { parsePartialDate, parsePeriodKind } from '../core/calendar';
import type { Grid, Lang, ValidationReport } from '../core/types';
import { validateWorkbook } from '../core/validate';
import { narrativeCliTexts as texts } from '../i18n/narrative/cli';
import { periodForcedCli, periodRefusedCli, type InputNamer } from '../i18n/narrative/period-conflicts';
import { periodProblemMessages } from '../i18n/narrative/period-problems';
import { omittedLineNames } from '../i18n/narrative/reconcile';
import { renderNarrative, type NarrativeText } from '../i18n/narrative/render';
import { InputError } from './errors';
import { EXIT, type CliIo } from './io';
import { previousBasis, warnNotCompared } from './periods/previous-basis';
import { readXlsxGrids } from './xlsx';

export const PERIOD_OPTIONS = {
  quarter: { type: 'string' },
  year: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  unit: { type: 'string' },
  sheet: { type: 'string' },
  force: { type: 'boolean' },
  previous: { type: 'string' },
} as const;

export interface PeriodFlags {
  quarter?: string;
  year?: string;
  from?: string;
  to?: string;
  unit?: string;
  /** Write the flags' period even where it contradicts the sheet's title (with a warning). */
  force?: boolean;
  /** Another period's annex to compare with: "LAST.xlsx" or "LAST.xlsx:SHEET". */
  previous?: string;
}

/**
 * The clerk's period and unit from the flags; a bad value is an InputError that names it. Dates
 * may leave out their year ("--to 30/6"): it is the period's (see choosePeriod).
 */
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
  for (const part of ['from', 'to'] as const) {
    const text = flags[part];
    if (text === undefined) continue;
    const date = parsePartialDate(text);
    if (!date) throw new InputError(texts.badDate(`--${part}`, text)[lang]);
    input[part] = date;
  }
  if (flags.unit !== undefined && flags.unit.trim() !== '') input.unit = flags.unit.trim();
  return input;
}

/** The flags as the clerk typed them: "--quarter 6T", "--from 15/6 --to 30/6". */
export function flagNamer(flags: PeriodFlags): InputNamer {
  const flagOf: Record<PeriodInputPart, [string, string | undefined]> = {
    kind: ['--quarter', flags.quarter],
    year: ['--year', flags.year],
    from: ['--from', flags.from],
    to: ['--to', flags.to],
  };
  return (parts) =>
    parts
      .map((part) => flagOf[part])
      .filter(([, value]) => value !== undefined)
      .map(([flag, value]) => `${flag} ${value}`)
      .join(' ');
}

/**
 * What the CLI does with the period chosen: an InputError when the flags cannot be completed into
 * dates or contradict the sheet (unless --force), else the warning lines for stderr.
 */
export function periodVerdict(choice: PeriodChoice, flags: PeriodFlags, lang: Lang): { refusal?: string; warnings: string[] } {
  const problem = choice.inputProblems[0];
  if (problem) {
    const text = flags[problem.part] ?? '';
    const option = `--${problem.part}`;
    return { refusal: (problem.problem === 'needs-year' ? texts.dateNeedsYear(option, text) : texts.badDate(option, text))[lang], warnings: [] };
  }
  const { from, to, problems } = choice.period;
  if (from && to && problems.includes('end-before-start')) {
    const source = flags.from !== undefined && flags.to !== undefined ? 'flags' : flags.from !== undefined || flags.to !== undefined ? 'mixed' : 'sheet';
    return { refusal: texts.periodReversed(formatDate(from), formatDate(to), source)[lang], warnings: [] };
  }
  if (choice.refused) return { refusal: periodRefusedCli(choice, flagNamer(flags), lang), warnings: [] };
  const warnings = choice.forced ? [periodForcedCli(choice, flagNamer(flags), lang)] : [];
  for (const problem of problems) warnings.push(periodProblemMessages[problem][lang]);
  return { warnings };
}

export interface LocatedTable {
  grid: Grid;
  report: ValidationReport;
}

/** Reads the workbook and locates and validates its annex table (InputError when it cannot). */
export async function loadTable(file: string, sheet: string | undefined, lang: Lang): Promise<LocatedTable> {
  const grids = await readXlsxGrids(file, lang);
  const outcome = validateWorkbook(grids, sheet);
  if (!outcome.ok) throw new InputError(`${file}: ${outcomeProblemText(outcome)[lang]}`);
  const grid = grids.find((g) => g.sheetName === outcome.report.sheet);
  if (!grid) throw new InputError(`${file}: ${outcome.report.sheet}`);
  return { grid, report: outcome.report };
}

/**
 * The narrative of the table in `file`, for the clerk's flags, in words; what may be wrong with it
 * goes to stderr. A period that cannot be written as asked is bad input (InputError): a period that
 * ends before it starts, or flags that contradict the sheet's title without --force.
 */
export async function narrativeFromFile(
  io: CliIo,
  file: string,
  flags: PeriodFlags & { sheet?: string },
  lang: Lang,
): Promise<NarrativeBundle & { text: NarrativeText }> {
  const clerk = clerkInputFromFlags(flags, lang);
  const table = await loadTable(file, flags.sheet, lang);
  const previous = flags.previous !== undefined ? await previousBasis(io, flags.previous, { file, ...table }, lang) : undefined;
  const bundle = narrativeForTable(table.grid, table.report.table, { ...clerk, force: flags.force === true, previous });
  const verdict = periodVerdict(bundle.period, flags, lang);
  if (verdict.refusal !== undefined) throw new InputError(verdict.refusal);
  warnAboutNarrative(io, file, table, bundle, verdict.warnings, lang);
  warnNotCompared(io, bundle.model, lang);
  return { ...bundle, text: renderNarrative(bundle.model, lang) };
}

/** Tells the clerk on stderr what may be wrong with the paragraphs, without stopping. */
export function warnAboutNarrative(io: CliIo, file: string, table: LocatedTable, bundle: NarrativeBundle, periodWarnings: string[], lang: Lang): void {
  if (table.report.summary.verdict !== 'valid') io.stderr(texts.tableNotValid(file, verdictLine(table.report))[lang]);
  for (const warning of periodWarnings) io.stderr(warning);
  if (bundle.model.totalsSource === 'field-sum') io.stderr(texts.totalsFromFields[lang]);
  if (bundle.model.omitted.length > 0)
    io.stderr(
      texts.omittedLines(
        omittedLineNames(
          bundle.model.omitted.map((o) => o.key),
          lang,
        ),
      )[lang],
    );
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
