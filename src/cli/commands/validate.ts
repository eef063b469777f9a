// `tthc-report validate FILE.xlsx… [--sheet NAME] [--json] [--lang vi|en]`
import { formatNumber } from '../../core/numbers';
import type { Finding, Lang, ValidationReport } from '../../core/types';
import { validateWorkbook } from '../../core/validate';
import { cliMessages, validateText } from '../../i18n/cli';
import { InputError } from '../errors';
import { toJsonReport, type JsonFileError, type JsonFileReport } from '../report-json';
import type { WorkbookFormat } from '../../workbook/types';
import { readWorkbookFile } from '../xlsx';
import { EXIT, type CliIo, parseCommandLine, processIo, usageError } from '../io';

function formatValue(finding: Finding, value: number | null, lang: Lang): string {
  if (value === null) return '—';
  const isRate = finding.rule === 'rate' || finding.rule === 'missing-rate';
  return isRate ? `${formatNumber(value, lang)}%` : formatNumber(value, lang);
}

export function formatFinding(finding: Finding, lang: Lang): string {
  const severity = validateText.severity[finding.severity][lang];
  const where = finding.culprit ?? finding.anchor;
  // Without a culprit the figures are the identity's, not a verdict on the cell named.
  const isSum = finding.rule === 'row-sum' || finding.rule === 'cross-sum' || finding.rule === 'column-total';
  const describe = isSum && !finding.culprit ? validateText.partsVersusStated : validateText.expectedFound;
  const values = finding.expected !== null ? `  ${describe(formatValue(finding, finding.expected, lang), formatValue(finding, finding.actual, lang))[lang]}` : '';
  return `  ${severity.padEnd(9)} ${where.padEnd(6)} ${finding.rule}${values}\n            ${finding.message[lang]}`;
}

export function formatReport(file: string, report: ValidationReport, lang: Lang, format: WorkbookFormat = 'xlsx'): string {
  const lines = [validateText.header(file, report.sheet, report.table.range)[lang]];
  if (format !== 'xlsx') lines.push(cliMessages.formatRead(format)[lang]);
  if (report.findings.length === 0) lines.push(validateText.clean[lang]);
  for (const finding of report.findings) lines.push(formatFinding(finding, lang));
  if (report.findings.length > 0) lines.push(validateText.summary(report.summary.errors, report.summary.warnings, report.summary.culprits)[lang]);
  if (report.otherTables) lines.push(validateText.otherTables(report.otherTables)[lang]);
  if (report.otherSheets) lines.push(validateText.otherSheets(report.otherSheets)[lang]);
  return lines.join('\n');
}

export async function run(args: string[], io: CliIo = processIo): Promise<number> {
  const parsed = parseCommandLine(io, args, { sheet: { type: 'string' }, json: { type: 'boolean' } } as const, validateText.usage);
  if ('exit' in parsed) return parsed.exit;
  const { lang } = parsed;
  if (parsed.positionals.length === 0) return usageError(io, validateText.noFiles[lang], validateText.usage, lang);

  const jsonOut: (JsonFileReport | JsonFileError)[] = [];
  let exitCode: number = EXIT.ok;
  let errors = 0;
  let warnings = 0;
  for (const file of parsed.positionals) {
    try {
      const workbook = await readWorkbookFile(file, lang);
      const outcome = validateWorkbook(workbook.sheets, parsed.values.sheet);
      if (!outcome.ok) throw new InputError(`${file}: ${outcome.reason[lang]}`);
      const { report } = outcome;
      errors += report.summary.errors;
      warnings += report.summary.warnings;
      if (report.summary.errors > 0) exitCode = Math.max(exitCode, EXIT.findings);
      if (parsed.values.json) jsonOut.push(toJsonReport(file, report, lang, workbook.format));
      else io.stdout(formatReport(file, report, lang, workbook.format) + '\n');
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
