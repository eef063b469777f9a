// `tthc-report cumulate Q1.xlsx[:SHEET] Q2.xlsx[:SHEET] [Q3 Q4] --out 6-thang.xlsx [--label 6T|9T|năm]
// [--year 2026] [--force] [--field-map MAP.json]`, or one workbook holding the quarters as sheets.
import * as path from 'path';
import { parsePeriodKind } from '../../core/calendar';
import { readPeriodBook } from '../../core/periods/book';
import type { CumulativeKind } from '../../core/periods/cumulative-period';
import { planCumulativeAnnex } from '../../core/periods/plan';
import type { PeriodTable } from '../../core/periods/types';
import type { Lang } from '../../core/types';
import { cumulateCliTexts as texts, cumulateRefusalText } from '../../i18n/periods/cli';
import { cumulativeWords } from '../../i18n/periods/cumulate';
import { renderCumulativeWorkbook } from '../../i18n/periods/cumulate-workbook';
import { tablePeriodText } from '../../i18n/periods/findings';
import { verdictLine } from '../../i18n/verdict';
import { writeAnnexWorkbook } from '../build/workbook';
import { InputError } from '../errors';
import { EXIT, parseCommandLine, processIo, usageError, type CliIo } from '../io';
import { readXlsxGrids } from '../xlsx';
import { formatCheck } from '../periods/validate-periods';
import { loadFieldMap, loadPeriodTable, splitFileSheet } from '../periods/tables';

const OPTIONS = {
  out: { type: 'string', short: 'o' },
  label: { type: 'string' },
  year: { type: 'string' },
  force: { type: 'boolean' },
  'field-map': { type: 'string' },
} as const;

/** The quarters: one file per quarter, or one workbook's sheets when a single file holds several. */
async function readInputs(files: string[], lang: Lang): Promise<PeriodTable[]> {
  if (files.length === 1 && splitFileSheet(files[0]).sheet === undefined) {
    const book = readPeriodBook(await readXlsxGrids(files[0], lang), { file: files[0] });
    if (book.tables.length > 1) return book.tables;
  }
  const tables: PeriodTable[] = [];
  for (const file of files) tables.push(await loadPeriodTable(file, lang));
  return tables;
}

export async function run(args: string[], io: CliIo = processIo): Promise<number> {
  const parsed = parseCommandLine(io, args, OPTIONS, texts.usage);
  if ('exit' in parsed) return parsed.exit;
  const { lang, values } = parsed;
  if (parsed.positionals.length === 0) return usageError(io, texts.noInputs[lang], texts.usage, lang);
  if (!values.out) return usageError(io, texts.noOut[lang], texts.usage, lang);
  let label: CumulativeKind | undefined;
  if (values.label !== undefined) {
    const kind = parsePeriodKind(values.label);
    if (kind !== '6M' && kind !== '9M' && kind !== 'Y') return usageError(io, texts.badLabel(values.label)[lang], texts.usage, lang);
    label = kind;
  }
  if (values.year !== undefined && !/^\d{4}$/.test(values.year.trim())) return usageError(io, texts.badYear(values.year)[lang], texts.usage, lang);
  const year = values.year !== undefined ? Number(values.year.trim()) : undefined;
  const out = values.out;
  try {
    const fieldMap = await loadFieldMap(values['field-map'], lang);
    const tables = await readInputs(parsed.positionals, lang);
    if (tables.some((t) => t.file !== undefined && path.resolve(t.file) === path.resolve(out))) throw new InputError(texts.outIsInput[lang]);
    const plan = planCumulativeAnnex(tables, { label, year, force: values.force === true, fieldMap }, cumulativeWords);
    const ordered = plan.ready ? plan.model.tables : plan.tables;
    const checks = plan.ready ? plan.model.checks : plan.checks;
    io.stdout(texts.inputs(ordered, lang));
    checks.forEach((check, i) => io.stdout(formatCheck(check, ordered[i], ordered[i + 1], lang)));
    if (!plan.ready) {
      io.stderr(cumulateRefusalText(plan.refusal, plan.tables, lang));
      return EXIT.badInput;
    }
    const { model } = plan;
    if (model.notCumulated.length > 0) io.stderr(texts.notCumulated(model.notCumulated.map((c) => `${c.letter} ${c.label}`))[lang]);
    if (model.detailRows.length > 0) io.stderr(texts.detailRows([...new Set(model.detailRows.map((d) => d.label))])[lang]);
    try {
      await writeAnnexWorkbook(out, renderCumulativeWorkbook(plan, lang));
    } catch (error) {
      throw new InputError(texts.cannotWrite(out, (error as NodeJS.ErrnoException).code ?? (error as Error).message)[lang]);
    }
    const period = tablePeriodText({ ...model.period, source: 'title', datesFromCalendar: false, texts: [] }, lang);
    io.stdout(texts.written(out, plan.words.annexName, period)[lang]);
    if (model.forced) {
      for (const line of plan.words.noteLines) io.stderr(line);
      io.stderr(texts.forced[lang]);
      return EXIT.findings;
    }
    if (plan.selfCheck.ok && plan.selfCheck.report.summary.verdict === 'valid') io.stdout(texts.selfCheckClean[lang]);
    else if (plan.selfCheck.ok) io.stderr(texts.selfCheckFound(verdictLine(plan.selfCheck.report)[lang])[lang]);
    return EXIT.ok;
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    io.stderr(error.message);
    return EXIT.badInput;
  }
}
