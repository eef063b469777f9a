// `tthc-report validate FILE.xlsx… [--sheet NAME] [--total-row LABEL] [--field-row LABEL] [--json] [--lang vi|en]`
import { groupLines, outcomeProblemText } from '../../i18n/findings';
import type { FindingGroup, Lang, ValidationReport } from '../../core/types';
import { validateWorkbook, type ValidateOptions } from '../../core/validate';
import { cliMessages, validateText } from '../../i18n/cli';
import { verdictLine } from '../../i18n/verdict';
import { InputError } from '../errors';
import { toJsonReport, type JsonFileError, type JsonFileReport } from '../report-json';
import type { WorkbookFormat } from '../../workbook/types';
import { readWorkbookFile } from '../xlsx';
import { EXIT, type CliIo, parseCommandLine, processIo, usageError } from '../io';
import { PERIOD_VALIDATE_OPTIONS, validateWithPeriods } from '../periods/validate-periods';
import { periodsCliTexts } from '../../i18n/periods/cli';
import { annotateTexts } from '../../i18n/annotate';
import { annotatedPathIn, writeAnnotatedCopy } from '../annotate';

const INDENT = ' '.repeat(19);

/** One card: its headline, then what it groups (the identities, the rates decided by its correction). */
export function formatGroup(report: ValidationReport, group: FindingGroup, lang: Lang): string {
  const severity = validateText.severity[group.severity][lang];
  const [headline, ...details] = groupLines(report, group);
  const lines = [`  ${severity.padEnd(9)} ${group.cell.padEnd(6)} ${headline[lang]}`];
  for (const line of details) lines.push(`${INDENT}· ${line[lang]}`);
  const finding = report.findings[group.findings[0]];
  if (finding.rule === 'ambiguous-total') lines.push(`${INDENT}${validateText.rowChoiceHint(finding.rowLabel ?? '')[lang]}`);
  return lines.join('\n');
}

export function formatReport(file: string, report: ValidationReport, lang: Lang, format: WorkbookFormat = 'xlsx'): string {
  const lines = [validateText.header(file, report.sheet, report.table.range)[lang]];
  if (format !== 'xlsx') lines.push(cliMessages.formatRead(format)[lang]);
  for (const group of report.groups) lines.push(formatGroup(report, group, lang));
  lines.push(`  ${verdictLine(report)[lang]}`);
  if (report.otherTables) lines.push(validateText.otherTables(report.otherTables)[lang]);
  if (report.otherSheets) lines.push(validateText.otherSheets(report.otherSheets)[lang]);
  return lines.join('\n');
}

const USAGE = {
  vi: `${validateText.usage.vi}\n\n${annotateTexts.validateOptions.vi}\n\n${periodsCliTexts.validateOptions.vi}`,
  en: `${validateText.usage.en}\n\n${annotateTexts.validateOptions.en}\n\n${periodsCliTexts.validateOptions.en}`,
};

function asList(value: string | string[] | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  return Array.isArray(value) ? value : [value];
}

export async function run(args: string[], io: CliIo = processIo): Promise<number> {
  const parsed = parseCommandLine(
    io,
    args,
    {
      sheet: { type: 'string' },
      json: { type: 'boolean' },
      'total-row': { type: 'string', multiple: true },
      'field-row': { type: 'string', multiple: true },
      annotate: { type: 'string' },
      'annotate-dir': { type: 'string' },
      ...PERIOD_VALIDATE_OPTIONS,
    } as const,
    USAGE,
  );
  if ('exit' in parsed) return parsed.exit;
  const { lang } = parsed;
  const { previous, periods } = parsed.values;
  if (parsed.positionals.length === 0 && periods === undefined) return usageError(io, validateText.noFiles[lang], USAGE, lang);
  const options: ValidateOptions = { rows: { totalRows: asList(parsed.values['total-row']), fieldRows: asList(parsed.values['field-row']) } };
  const { annotate, 'annotate-dir': annotateDir } = parsed.values;
  if (annotate !== undefined && parsed.positionals.length !== 1) return usageError(io, annotateTexts.oneFileOnly[lang], USAGE, lang);
  if ((annotate !== undefined || annotateDir !== undefined) && (previous !== undefined || periods !== undefined))
    return usageError(io, annotateTexts.notWithPeriods[lang], USAGE, lang);
  const annotatedPath = (file: string) => annotate ?? (annotateDir !== undefined ? annotatedPathIn(annotateDir, file) : undefined);
  if (previous !== undefined || periods !== undefined) {
    const request = {
      files: parsed.positionals,
      previous,
      periods,
      fieldMap: parsed.values['field-map'],
      sheet: parsed.values.sheet,
      json: parsed.values.json === true,
      lang,
      options,
    };
    return validateWithPeriods(io, request, formatReport).catch((error) => {
      if (!(error instanceof InputError)) throw error;
      io.stderr(error.message);
      return EXIT.badInput;
    });
  }

  const jsonOut: (JsonFileReport | JsonFileError)[] = [];
  let exitCode: number = EXIT.ok;
  let errors = 0;
  let warnings = 0;
  for (const file of parsed.positionals) {
    try {
      const workbook = await readWorkbookFile(file, lang);
      const outcome = validateWorkbook(workbook.sheets, parsed.values.sheet, options);
      if (!outcome.ok) throw new InputError(`${file}: ${outcomeProblemText(outcome)[lang]}`);
      const { report } = outcome;
      errors += report.summary.errors;
      warnings += report.summary.warnings;
      if (report.summary.errors > 0) exitCode = Math.max(exitCode, EXIT.findings);
      if (parsed.values.json) jsonOut.push(toJsonReport(file, report, lang, workbook.format));
      else io.stdout(formatReport(file, report, lang, workbook.format) + '\n');
      const out = annotatedPath(file);
      if (out !== undefined) {
        const written = await writeAnnotatedCopy(file, workbook.format, out, outcome, lang);
        if (parsed.values.json) io.stderr(written.trim());
        else io.stdout(written + '\n');
      }
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      exitCode = EXIT.badInput;
      io.stderr(error.message);
      if (parsed.values.json) jsonOut.push({ file, error: error.message });
    }
  }
  if (parsed.values.json) io.stdout(JSON.stringify(jsonOut, null, 2));
  else if (parsed.positionals.length > 1) io.stdout(validateText.total(parsed.positionals.length, errors, warnings)[lang]);
  return exitCode;
}
