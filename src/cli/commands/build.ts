// `tthc-report build EXPORT… --from dd/MM/yyyy --to dd/MM/yyyy --out annex.xlsx
//   [--quarter II --year 2026] [--template ANNEX.xlsx] [--map MAP.json] [--save-map MAP.json] [--lang vi|en]`
import { promises as fs } from 'fs';
import * as path from 'path';
import { annexToGrid, layoutAnnex } from '../../core/build/annex';
import { buildAnnexData } from '../../core/build/build';
import { civilFromDay, formatDay, parsePeriodDate, quarterPeriod, romanQuarter } from '../../core/build/dates';
import { PERIOD_KINDS, parsePeriodKind, type PeriodKind } from '../../core/narrative/period';
import { DETAIL_UNIQUE_COLUMNS, DETAIL_WIDTHS, detailHeaders, detailRowsLazy, summaryRows } from '../../core/build/detail';
import { mappingInUse, parseBuildMapping } from '../../core/build/mapping';
import { formatBuildReport } from '../../core/build/report';
import { templateFieldsFromGrids } from '../../core/build/template';
import type { BuildMapping, BuildResult, BuildWarning, ExportTable, Period, PeriodSpan, SourceAnswers } from '../../core/build/types';
import type { Lang } from '../../core/types';
import { validateGrid } from '../../core/validate';
import {
  ANNEX_SHEET_NAME,
  CLI_TEXT,
  COLUMN_KEY_LABEL,
  DETAIL_SHEET_NAME,
  FILE_ERROR,
  REPORT_TEXT,
  SUMMARY_SHEET_NAME,
  annexPrintTitle,
  annexTitleLines,
  periodName,
} from '../../i18n/build';
import { describeQuestion, questionsHeading } from '../../i18n/build-questions';
import { readExportFile } from '../build/exports';
import { writeAnnexWorkbook } from '../build/workbook';
import { InputError } from '../errors';
import { EXIT, type CliIo, parseCommandLine, processIo } from '../io';
import { readXlsxGrids } from '../xlsx';

interface BuildArgs {
  exports: string[];
  period: Period;
  out: string;
  template?: string;
  map?: string;
  saveMap?: string;
  /** --channel / --status / --field answers, by export file name. */
  answers: Record<string, SourceAnswers>;
  lang: Lang;
}

function usageError(io: CliIo, message: string, lang: Lang): number {
  io.stderr(`${message}\n\n${CLI_TEXT.usage[lang]}`);
  return EXIT.badInput;
}

/** An official period of `year` by its kind: a quarter (Q1–Q4) or 6 months, 9 months, the year. */
function officialPeriod(kind: PeriodKind, year: number): Period {
  const quarter: Record<PeriodKind, number> = { Q1: 1, Q2: 2, Q3: 3, Q4: 4, '6M': 2, '9M': 3, Y: 4 };
  const { to } = quarterPeriod(quarter[kind], year);
  if (kind.startsWith('Q')) return { ...quarterPeriod(quarter[kind], year), quarter: romanQuarter(quarter[kind]), year };
  // 6 months, 9 months and the year start with quarter I (15/12 of the year before).
  return { from: quarterPeriod(1, year).from, to, year, span: kind as PeriodSpan };
}

const periodNameOf = (period: Period): Record<Lang, string> => periodName(period.quarter, period.year!, period.span)!;

/**
 * The period from --from/--to, else from --quarter/--year (I–IV, 6T, 9T, năm; quarter II =
 * 15/3–14/6). Dates and a --quarter that name different periods are refused; dates that are an
 * official period are named by it. Returns the message for the clerk when the options are wrong.
 */
function readPeriod(values: { from?: string; to?: string; quarter?: string; year?: string }, lang: Lang): Period | string {
  const kind = values.quarter !== undefined ? parsePeriodKind(values.quarter) : null;
  const year = values.year !== undefined && /^\d{4}$/.test(values.year.trim()) ? Number(values.year) : null;
  if (values.quarter !== undefined && kind === null) return CLI_TEXT.badQuarter(values.quarter)[lang];
  if (values.year !== undefined && year === null) return `--year ${values.year}: yyyy`;
  if (values.from === undefined && values.to === undefined) {
    if (kind !== null && year !== null) return officialPeriod(kind, year);
    return CLI_TEXT.missingPeriod[lang];
  }
  const from = values.from !== undefined ? parsePeriodDate(values.from) : null;
  const to = values.to !== undefined ? parsePeriodDate(values.to) : null;
  if (from === null) return values.from === undefined ? CLI_TEXT.missingPeriod[lang] : `--from ${values.from}: dd/MM/yyyy`;
  if (to === null) return values.to === undefined ? CLI_TEXT.missingPeriod[lang] : `--to ${values.to}: dd/MM/yyyy`;
  if (from > to) return CLI_TEXT.periodReversed[lang];
  // An official period always ends in its own year (14/3, 14/6, 14/9, 14/12).
  const toYear = civilFromDay(to).year;
  if (kind !== null || year !== null) {
    const official = officialPeriod(kind ?? 'Y', year ?? toYear);
    if (kind !== null && (official.from !== from || official.to !== to)) {
      return CLI_TEXT.periodContradicts(formatDay(from), formatDay(to), periodNameOf(official), formatDay(official.from), formatDay(official.to))[lang];
    }
    if (kind === null && year !== toYear) {
      return CLI_TEXT.periodContradicts(formatDay(from), formatDay(to), { vi: `năm ${year}`, en: `year ${year}` }, formatDay(quarterPeriod(1, year!).from), formatDay(quarterPeriod(4, year!).to))[lang];
    }
    if (kind !== null) return official;
  }
  for (const candidate of PERIOD_KINDS) {
    const official = officialPeriod(candidate, toYear);
    if (official.from === from && official.to === to) return official;
  }
  return { from, to };
}

async function readMapping(file: string, lang: Lang): Promise<BuildMapping> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? FILE_ERROR.notFound(file)[lang] : FILE_ERROR.unreadable(file, String(code))[lang]);
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new InputError(FILE_ERROR.badMap(file, (error as Error).message)[lang]);
  }
  const parsed = parseBuildMapping(json);
  if (!parsed.ok) throw new InputError(FILE_ERROR.badMap(file, parsed.problem)[lang]);
  return parsed.mapping;
}

async function readTemplateFields(file: string, lang: Lang): Promise<string[]> {
  const found = templateFieldsFromGrids(await readXlsxGrids(file));
  if (!found) throw new InputError(`${file}: ${CLI_TEXT.templateNoTable[lang]}`);
  return found.fields;
}

/**
 * A file none of whose tables is a dossier list is an error; other non-list sheets are reported.
 * An empty file (0 bytes, blanks only, no sheet with content) is skipped with a warning, so one
 * bad download does not stop the build — unless every file is empty.
 */
function checkSources(result: BuildResult, files: string[], hidden: string[], lang: Lang): void {
  const empty: string[] = [];
  const ownOf = (base: string) => (source: string) => source === base || source.startsWith(`${base} › `);
  files.forEach((file) => {
    const base = path.basename(file);
    const own = result.summary.sources.filter((source) => ownOf(base)(source.source));
    if (own.length === 0) {
      empty.push(file);
      return;
    }
    if (own.every((source) => source.problem)) {
      const missing = own[0].problem!.missing.map((key) => `"${COLUMN_KEY_LABEL[key][lang]}"`).join(', ');
      const where = own.length === 1 ? file + own[0].source.slice(base.length) : file;
      throw new InputError(FILE_ERROR.noHeader(where, missing, own[0].problem!.missing, base)[lang]);
    }
  });
  const onlyHidden = (file: string) => hidden.some(ownOf(path.basename(file)));
  if (empty.length === files.length) {
    throw new InputError(empty.map((file) => (onlyHidden(file) ? FILE_ERROR.onlyHidden(file) : FILE_ERROR.empty(file))[lang]).join('\n'));
  }
  const notes: BuildWarning[] = [
    ...empty.filter((file) => !onlyHidden(file)).map((file): BuildWarning => ({ kind: 'empty-file', source: path.basename(file) })),
    ...hidden.map((source): BuildWarning => ({ kind: 'hidden-sheet', source })),
  ];
  result.summary.warnings.unshift(...notes);
}

const BUILD_OPTIONS = {
  from: { type: 'string' },
  to: { type: 'string' },
  quarter: { type: 'string' },
  year: { type: 'string' },
  template: { type: 'string' },
  map: { type: 'string' },
  'save-map': { type: 'string' },
  out: { type: 'string', short: 'o' },
  channel: { type: 'string', multiple: true },
  status: { type: 'string', multiple: true },
  field: { type: 'string', multiple: true },
} as const;

type AnswerOption = 'channel' | 'status' | 'field';

/**
 * `--channel FILE=online|direct`, `--status FILE=dates`, `--field FILE=NAME`: what a file's
 * dossiers are when it does not say. FILE is one of the exports (its name, or its path as given).
 */
function readAnswers(values: Partial<Record<AnswerOption, string[]>>, exports: string[], lang: Lang): Record<string, SourceAnswers> | string {
  const names = exports.map((file) => path.basename(file));
  const answers: Record<string, SourceAnswers> = {};
  for (const option of ['channel', 'status', 'field'] as const) {
    for (const given of values[option] ?? []) {
      const at = given.indexOf('=');
      const file = at > 0 ? path.basename(given.slice(0, at).trim()) : '';
      const value = at > 0 ? given.slice(at + 1).trim() : '';
      const valid = option === 'channel' ? value === 'online' || value === 'direct' : option === 'status' ? value === 'dates' : value !== '';
      if (!file || !valid) return CLI_TEXT.badAnswer(option, given)[lang];
      if (!names.includes(file)) return CLI_TEXT.answerNotAnExport(option, file, names)[lang];
      const entry = (answers[file] ??= {});
      if (option === 'channel') entry.channel = value as 'online' | 'direct';
      else if (option === 'status') entry.status = 'dates';
      else entry.field = value;
    }
  }
  return answers;
}

/** The map file's mapping with the command line's answers over it. */
function withAnswers(mapping: BuildMapping, answers: Record<string, SourceAnswers>): BuildMapping {
  if (Object.keys(answers).length === 0) return mapping;
  const sources = { ...(mapping.sources ?? {}) };
  for (const [file, answer] of Object.entries(answers)) sources[file] = { ...(sources[file] ?? {}), ...answer };
  return { ...mapping, sources };
}

function readArgs(args: string[], io: CliIo): BuildArgs | number {
  const parsed = parseCommandLine(io, args, BUILD_OPTIONS, CLI_TEXT.usage);
  if ('exit' in parsed) return parsed.exit;
  const { values, lang } = parsed;
  if (parsed.positionals.length === 0) return usageError(io, CLI_TEXT.missingExports[lang], lang);
  if (!values.out) return usageError(io, CLI_TEXT.missingOut[lang], lang);
  if (!/\.xlsx$/i.test(values.out)) return usageError(io, CLI_TEXT.outNotXlsx[lang], lang);
  const inputs = [...parsed.positionals, values.template, values.map].filter((file): file is string => Boolean(file));
  if (inputs.some((file) => path.resolve(file) === path.resolve(values.out!))) return usageError(io, CLI_TEXT.outIsInput[lang], lang);
  const period = readPeriod(values, lang);
  if (typeof period === 'string') return usageError(io, period, lang);
  const answers = readAnswers(values, parsed.positionals, lang);
  if (typeof answers === 'string') return usageError(io, answers, lang);
  return {
    exports: parsed.positionals,
    period,
    answers,
    out: values.out,
    template: values.template,
    map: values.map,
    saveMap: values['save-map'],
    lang,
  };
}

/** A file that cannot be written (open in Excel, no such folder) is the clerk's to fix, not a crash. */
async function writeOut(file: string, lang: Lang, write: () => Promise<void>): Promise<void> {
  try {
    await write();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code) throw new InputError(FILE_ERROR.cannotWrite(file, code)[lang]);
    throw error;
  }
}

export async function run(args: string[], io: CliIo = processIo): Promise<number> {
  const options = readArgs(args, io);
  if (typeof options === 'number') return options;
  const { lang } = options;
  try {
    const mapping = withAnswers(options.map ? await readMapping(options.map, lang) : {}, options.answers);
    const templateFields = options.template ? await readTemplateFields(options.template, lang) : undefined;
    const tables: ExportTable[] = [];
    const hidden: string[] = [];
    for (const file of options.exports) tables.push(...(await readExportFile(file, lang, (source) => hidden.push(source))));
    const result = buildAnnexData(tables, { period: options.period, mapping, templateFields });
    tables.length = 0; // the raw rows are no longer needed: let them go before writing
    checkSources(result, options.exports, hidden, lang);
    io.stdout(formatBuildReport(result, lang));
    if (result.questions.length > 0) {
      // Unknown is never zero: nothing is written while a dossier of the period cannot be placed.
      io.stderr([questionsHeading(result.summary.unanswered, lang), ...result.questions.map((q) => `  ${describeQuestion(q, lang)}`)].join('\n'));
      return EXIT.badInput;
    }
    if (result.fields.length === 0) throw new InputError(CLI_TEXT.noDossiers[lang]);

    const period = result.period;
    const titleLines = annexTitleLines(formatDay(period.from), formatDay(period.to), period.quarter, period.year, period.span);
    const annex = layoutAnnex(result.fields, result.totals, { titleLines });
    const annexName = ANNEX_SHEET_NAME[lang];
    const check = validateGrid(annexToGrid(annex, annexName));
    if (!check.ok || check.report.findings.length > 0) {
      const findings = check.ok ? check.report.findings.map((f) => `  ${f.anchor} ${f.message[lang]}`).join('\n') : check.reason[lang];
      io.stderr(`${REPORT_TEXT.selfCheck[lang]}:\n${findings}`);
    }
    await writeOut(options.out, lang, () => writeAnnexWorkbook(options.out, {
      annexName,
      annex,
      printTitle: annexPrintTitle(formatDay(period.from), formatDay(period.to), period.quarter, period.year, period.span)[lang],
      sheets: [
        {
          name: DETAIL_SHEET_NAME[lang],
          headers: detailHeaders(lang),
          widths: DETAIL_WIDTHS,
          rows: detailRowsLazy(result, annex, lang),
          uniqueColumns: DETAIL_UNIQUE_COLUMNS,
        },
        { name: SUMMARY_SHEET_NAME[lang], widths: [40, 14, 60, 24, 24, 20], rows: summaryRows(result, lang), boldFirstRow: true },
      ],
    }));
    io.stdout(`${CLI_TEXT.written[lang]}: ${options.out}`);
    if (options.saveMap) {
      const saveMap = options.saveMap;
      await writeOut(saveMap, lang, () => fs.writeFile(saveMap, `${JSON.stringify(mappingInUse(result, mapping), null, 2)}\n`, 'utf8'));
      io.stdout(`${CLI_TEXT.mapSaved[lang]}: ${options.saveMap}`);
    }
    return EXIT.ok;
  } catch (error) {
    if (error instanceof InputError) {
      io.stderr(error.message);
      return EXIT.badInput;
    }
    throw error;
  }
}
