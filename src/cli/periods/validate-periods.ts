// `validate THIS.xlsx --previous LAST.xlsx[:SHEET]` and `validate --periods BOOK.xlsx`: each table
// validated as always, then the carry-over between the periods, with the previous table's own
// findings reported apart. Exit 1 when this table or the carry-over has an error.
import { checkCarryOver, carryOverErrors, type CarryOverCheck } from '../../core/periods/carry-over';
import { readPeriodBook } from '../../core/periods/book';
import type { PeriodFinding, PeriodTable } from '../../core/periods/types';
import type { Lang, ValidationReport } from '../../core/types';
import type { ValidateOptions } from '../../core/validate';
import { validateText } from '../../i18n/cli';
import { periodsCliTexts } from '../../i18n/periods/cli';
import { fieldListLines } from '../../i18n/periods/fields';
import { carryOverSummaryText, periodFindingText } from '../../i18n/periods/findings';
import { InputError } from '../errors';
import { EXIT, type CliIo } from '../io';
import { toJsonReport } from '../report-json';
import type { WorkbookFormat } from '../../workbook/types';
import { readXlsxGrids } from '../xlsx';
import { toJsonPrevious, type JsonFileReportWithPrevious } from './json';
import { loadFieldMap, loadPeriodTable } from './tables';

export const PERIOD_VALIDATE_OPTIONS = {
  previous: { type: 'string' },
  periods: { type: 'string' },
  'field-map': { type: 'string' },
} as const;

export interface PeriodValidateRequest {
  files: string[];
  previous?: string;
  periods?: string;
  fieldMap?: string;
  sheet?: string;
  json: boolean;
  lang: Lang;
  options: ValidateOptions;
}

type FormatReport = (file: string, report: ValidationReport, lang: Lang, format?: WorkbookFormat) => string;

function findingLine(finding: PeriodFinding, current: PeriodTable, lang: Lang): string {
  const context = { currentFile: current.file };
  // The card's cell is this table's; a finding only on the previous table names its cells in the message.
  const here =
    'current' in finding && Array.isArray(finding.current)
      ? finding.current[0]?.address
      : finding.rule === 'carry-over-unchecked' && finding.side === 'current'
        ? finding.cell?.address
        : undefined;
  return `  ${validateText.severity[finding.severity][lang].padEnd(9)} ${(here ?? '—').padEnd(6)} ${periodFindingText(finding, context)[lang]}`;
}

/** The check between two tables in words: its findings as cards, its outcome, how the field lists differ. */
export function formatCheck(check: CarryOverCheck, previous: PeriodTable, current: PeriodTable, lang: Lang): string {
  const lines = [periodsCliTexts.checkHeader(previous, current)[lang]];
  for (const finding of check.findings) lines.push(findingLine(finding, current, lang));
  lines.push(`  ${carryOverSummaryText(check)[lang]}`);
  for (const line of fieldListLines(check.fields)) lines.push(`  ${line[lang]}`);
  return lines.join('\n');
}

async function validateAgainstPrevious(io: CliIo, request: PeriodValidateRequest & { previous: string }, formatReport: FormatReport): Promise<number> {
  const { lang } = request;
  if (request.files.length !== 1) throw new InputError(periodsCliTexts.previousWithOneFile[lang]);
  const fieldMap = await loadFieldMap(request.fieldMap, lang);
  const [file] = request.files;
  const current = await loadPeriodTable(request.sheet !== undefined ? `${file}:${request.sheet}` : file, lang, request.options);
  const previous = await loadPeriodTable(request.previous, lang);
  const check = checkCarryOver(previous, current, { fieldMap });
  if (request.json) {
    const entry: JsonFileReportWithPrevious = { ...toJsonReport(file, current.report, lang), previous: toJsonPrevious(check, previous, current, lang, true) };
    io.stdout(JSON.stringify([entry], null, 2));
  } else {
    io.stdout(`${formatReport(file, current.report, lang)}\n`);
    io.stdout(`\n${periodsCliTexts.previousHeader(previous, lang)}\n${formatReport(previous.file ?? request.previous, previous.report, lang)}\n`);
    io.stdout(`\n${formatCheck(check, previous, current, lang)}\n`);
  }
  return current.report.summary.errors > 0 || carryOverErrors(check) > 0 ? EXIT.findings : EXIT.ok;
}

async function validateBook(io: CliIo, request: PeriodValidateRequest & { periods: string }, formatReport: FormatReport): Promise<number> {
  const { lang } = request;
  if (request.files.length > 0 || request.previous !== undefined || request.sheet !== undefined) throw new InputError(periodsCliTexts.periodsAlone[lang]);
  const fieldMap = await loadFieldMap(request.fieldMap, lang);
  const file = request.periods;
  const book = readPeriodBook(await readXlsxGrids(file, lang), { file, fieldMap });
  if (book.tables.length < 2) throw new InputError(periodsCliTexts.bookTooSmall(file)[lang]);
  const all = [...book.tables, ...book.cumulative];
  const errors = all.reduce((sum, t) => sum + t.report.summary.errors, 0) + book.checks.reduce((sum, c) => sum + carryOverErrors(c), 0);
  if (request.json) {
    const entries: JsonFileReportWithPrevious[] = book.tables.map((table, i) => ({
      ...toJsonReport(file, table.report, lang),
      ...(i > 0 ? { previous: toJsonPrevious(book.checks[i - 1], book.tables[i - 1], table, lang, false) } : {}),
    }));
    for (const table of book.cumulative) entries.push(toJsonReport(file, table.report, lang));
    io.stdout(JSON.stringify(entries, null, 2));
  } else {
    const lines = [periodsCliTexts.bookHeader(file, book.tables, book.order)[lang]];
    if (book.cumulative.length > 0) lines.push(periodsCliTexts.cumulativeSheets(book.cumulative.map((t) => t.grid.sheetName))[lang]);
    if (book.withoutTable.length > 0) lines.push(periodsCliTexts.withoutTable(book.withoutTable)[lang]);
    io.stdout(`${lines.join('\n')}\n`);
    book.tables.forEach((table, i) => {
      io.stdout(`\n${formatReport(file, table.report, lang)}\n`);
      if (i > 0) io.stdout(`${formatCheck(book.checks[i - 1], book.tables[i - 1], table, lang)}\n`);
    });
    for (const table of book.cumulative) io.stdout(`\n${formatReport(file, table.report, lang)}\n`);
  }
  return errors > 0 ? EXIT.findings : EXIT.ok;
}

/** `validate` with --previous or --periods; bad input is an InputError the command reports. */
export async function validateWithPeriods(io: CliIo, request: PeriodValidateRequest, formatReport: FormatReport): Promise<number> {
  if (request.periods !== undefined) return validateBook(io, { ...request, periods: request.periods }, formatReport);
  return validateAgainstPrevious(io, { ...request, previous: request.previous as string }, formatReport);
}
