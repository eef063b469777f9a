// `tthc-report check-text REPORT.txt|.docx --table FILE.xlsx [--sheet NAME] [--previous LAST.xlsx[:SHEET]] [--json]`
import { verdictLine } from '../../i18n/verdict';
import { promises as fs } from 'fs';
import * as path from 'path';
import { tableFigures } from '../../core/figures';
import { reconcileText } from '../../core/narrative/reconcile/reconcile-text';
import type { ReconcileItem, ReconcileReport } from '../../core/narrative/reconcile/types';
import type { Lang } from '../../core/types';
import { narrativeCliTexts as texts } from '../../i18n/narrative/cli';
import { readingOrder } from '../../core/narrative/reconcile/order';
import { reconcileMessage, reconcileWords, referenceLine } from '../../i18n/narrative/reconcile';
import { reportTextFromHtml } from '../../word/docx-text';
import { InputError } from '../errors';
import { EXIT, parseCommandLine, processIo, usageError, type CliIo } from '../io';
import { explainingInputErrors, loadTable } from '../narrative-input';
import { previousBasis } from '../periods/previous-basis';

const ZIP_SIGNATURE = Buffer.from([0x50, 0x4b]);

/** The text of a .txt (UTF-8 or UTF-16 with BOM) or .docx report (one line per paragraph, list item or line break). */
export async function readReportText(file: string, lang: Lang): Promise<string> {
  let data: Buffer;
  try {
    data = await fs.readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? texts.reportMissing(file)[lang] : texts.reportUnreadable(file, String(code ?? error))[lang]);
  }
  const extension = path.extname(file).toLowerCase();
  if (extension === '.docx' || data.subarray(0, 2).equals(ZIP_SIGNATURE)) {
    try {
      const mammoth = await import('mammoth');
      return reportTextFromHtml((await mammoth.convertToHtml({ buffer: data })).value);
    } catch (error) {
      throw new InputError(texts.reportUnreadable(file, (error as Error).message)[lang]);
    }
  }
  if (extension === '.doc' || data.subarray(0, 4).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]))) throw new InputError(texts.reportKind(file)[lang]);
  if (data[0] === 0xff && data[1] === 0xfe) return data.subarray(2).toString('utf16le');
  if (data[0] === 0xfe && data[1] === 0xff) return Buffer.from(data.subarray(2)).swap16().toString('utf16le');
  const text = data.toString('utf8').replace(/^\uFEFF/, '');
  if (text.includes('\u0000')) throw new InputError(texts.reportKind(file)[lang]);
  return text;
}

const STATUS_WIDTH = 22;

/**
 * An item of `--json` (contract version 1, extended: `offset`, `sentence`, the subjects
 * 'comparison' and 'other', and the report's `references`): the check's fields and its message,
 * without the check's internals.
 */
function jsonItem(item: ReconcileItem, lang: Lang) {
  const { basis: _basis, ...fields } = item;
  return { ...fields, message: reconcileMessage(item, lang) };
}

export function formatReconcile(result: ReconcileReport, lang: Lang): string {
  const w = reconcileWords[lang];
  const lines: string[] = [];
  if (!result.section) lines.push(`  ${w.noSection}`);
  if (result.items.length === 0) lines.push(`  ${w.nothingFound}`);
  for (const item of readingOrder(result.items)) {
    const status = w.status[item.status].toUpperCase();
    const where = `${w.lineLabel} ${item.line}`;
    lines.push(`  ${status.padEnd(STATUS_WIDTH)} ${where.padEnd(9)} ${reconcileMessage(item, lang)}`);
  }
  for (const reference of result.references) {
    lines.push(`  ${w.referenceKind[reference.kind].toUpperCase().padEnd(STATUS_WIDTH)} ${referenceLine(reference, lang)}`);
  }
  lines.push(`  ${w.summary(result.summary.consistent, result.summary.mismatch, result.summary.notCheckable)}`);
  if (result.references.length > 0) {
    const count = (kind: string) => result.references.filter((r) => r.kind === kind).length;
    lines.push(`  ${w.references(count('date'), count('document'))}`);
  }
  return lines.join('\n');
}

export async function run(args: string[], io: CliIo = processIo): Promise<number> {
  const parsed = parseCommandLine(
    io,
    args,
    { table: { type: 'string' }, sheet: { type: 'string' }, previous: { type: 'string' }, json: { type: 'boolean' } } as const,
    texts.checkTextUsage,
  );
  if ('exit' in parsed) return parsed.exit;
  const { lang } = parsed;
  const [reportFile, ...extra] = parsed.positionals;
  if (!reportFile) return usageError(io, texts.noReport[lang], texts.checkTextUsage, lang);
  if (extra.length > 0) return usageError(io, texts.tooManyFiles[lang], texts.checkTextUsage, lang);
  const tableFile = parsed.values.table;
  if (!tableFile) return usageError(io, texts.noTable[lang], texts.checkTextUsage, lang);

  const values = parsed.values;
  return explainingInputErrors(io, async () => {
    const text = await readReportText(reportFile, lang);
    const table = await loadTable(tableFile, values.sheet, lang);
    const figures = tableFigures(table.grid, table.report.table);
    const previous = values.previous !== undefined ? await previousBasis(io, values.previous, { file: tableFile, ...table }, lang) : undefined;
    const result = reconcileText(text, figures.totals, { columns: table.report.table.columns, fields: figures.fields, previous: previous?.totals });
    if (table.report.summary.verdict !== 'valid') io.stderr(texts.tableNotValid(tableFile, verdictLine(table.report))[lang]);
    if (values.json) {
      io.stdout(
        JSON.stringify(
          {
            report: reportFile,
            table: tableFile,
            sheet: table.report.sheet,
            tableErrors: table.report.summary.errors,
            section: result.section,
            summary: result.summary,
            items: readingOrder(result.items).map((item) => jsonItem(item, lang)),
            references: result.references,
          },
          null,
          2,
        ),
      );
    } else {
      io.stdout(`${texts.checkHeader(reportFile, tableFile, table.report.sheet)[lang]}\n${formatReconcile(result, lang)}`);
    }
    if (result.summary.mismatch > 0) return EXIT.findings;
    // "Every checkable figure agrees" needs at least one: an empty or unrelated text is bad input.
    if (result.summary.consistent === 0) {
      io.stderr(texts.nothingCheckable(reportFile)[lang]);
      return EXIT.badInput;
    }
    return EXIT.ok;
  });
}
