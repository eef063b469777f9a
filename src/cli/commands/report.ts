// `tthc-report report FILE.xlsx --out BC.docx [--quarter II --year 2026 …] [--unit "xã An Phú"]
//  [--superior …] [--signer … --signer-title "KT. CHỦ TỊCH|PHÓ CHỦ TỊCH"] [--no-annex] [--section-only]`
import { promises as fs } from 'fs';
import { reportDocumentFor, type ReportRequest } from '../../app/report-document';
import { bringUpToDate } from '../../word/previous-report/bring-up-to-date';
import { periodLabel } from '../../i18n/calendar';
import { previousReportTexts, reviewLines } from '../../i18n/report/review';
import { PreviousReportError, type PreviousReportResult } from '../../word/previous-report/update';
import { InputError } from '../errors';
import { fullReportBuffer } from '../../word/report-docx';
import { narrativeCliTexts as texts } from '../../i18n/narrative/cli';
import { docxFileName } from '../../word/captions';
import { reportDocxBuffer } from '../../word/docx';
import type { PeriodInput } from '../../core/calendar';
import type { Lang } from '../../core/types';
import { EXIT, parseCommandLine, processIo, usageError, type CliIo } from '../io';
import { explainingInputErrors, narrativeFromFile, PERIOD_OPTIONS } from '../narrative-input';

const REPORT_OPTIONS = {
  ...PERIOD_OPTIONS,
  out: { type: 'string', short: 'o' },
  'no-annex': { type: 'boolean' },
  'section-only': { type: 'boolean' },
  superior: { type: 'string' },
  issuer: { type: 'string' },
  place: { type: 'string' },
  signer: { type: 'string' },
  'signer-title': { type: 'string' },
  'previous-report': { type: 'string' },
} as const;

export async function run(args: string[], io: CliIo = processIo): Promise<number> {
  const parsed = parseCommandLine(io, args, REPORT_OPTIONS, texts.reportUsage);
  if ('exit' in parsed) return parsed.exit;
  const { lang } = parsed;
  const [file, ...extra] = parsed.positionals;
  if (!file) return usageError(io, texts.noFile[lang], texts.reportUsage, lang);
  if (extra.length > 0) return usageError(io, texts.tooManyFiles[lang], texts.reportUsage, lang);

  const values = parsed.values;
  return explainingInputErrors(io, async () => {
    const bundle = await narrativeFromFile(io, file, values, lang);
    const withoutAnnex = values['no-annex'] === true;
    const request: ReportRequest = {
      withoutAnnex,
      superior: values.superior,
      issuer: values.issuer,
      place: values.place,
      signer: values.signer,
      signerTitle: values['signer-title'],
    };
    const previousFile = values['previous-report'];
    let summary: string[] = [];
    let bytes: Uint8Array;
    if (previousFile !== undefined) {
      const old = await readPrevious(previousFile, lang);
      try {
        const result = await bringUpToDate(old, reportDocumentFor(bundle, request), bundle);
        bytes = result.bytes;
        summary = updateSummary(result, bundle.text.period, lang);
      } catch (error) {
        if (error instanceof PreviousReportError) throw new InputError(previousReportTexts.fileProblem(previousFile, error.problem, error.detail)[lang]);
        throw error;
      }
    } else if (values['section-only']) bytes = await reportDocxBuffer({ narrative: bundle.text, annex: withoutAnnex ? undefined : bundle.annex });
    else bytes = await fullReportBuffer(reportDocumentFor(bundle, request));
    const out = values.out ?? docxFileName(bundle.text);
    try {
      await fs.writeFile(out, bytes);
    } catch (error) {
      io.stderr(texts.cannotWrite(out, (error as NodeJS.ErrnoException).code ?? (error as Error).message)[lang]);
      return EXIT.badInput;
    }
    if (previousFile !== undefined) {
      io.stdout(previousReportTexts.written(out, previousFile)[lang]);
      for (const line of summary) io.stdout(line);
    } else io.stdout(texts.written(out)[lang]);
    return EXIT.ok;
  });
}

async function readPrevious(file: string, lang: Lang): Promise<Uint8Array> {
  try {
    return new Uint8Array(await fs.readFile(file));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? texts.reportMissing(file)[lang] : texts.reportUnreadable(file, String(code ?? error))[lang]);
  }
}

/** What the update did and the review list, for stdout; what it could not do first. */
function updateSummary(result: PreviousReportResult, period: PeriodInput, lang: Lang): string[] {
  const t = previousReportTexts;
  const lines = result.plan.problems.map((problem) => t.problem[problem][lang]);
  if (result.plan.periodChanges > 0) lines.push(t.periodMoved(result.plan.periodChanges, periodLabel(period, lang))[lang]);
  if (result.replaced > 0) lines.push(t.sectionReplaced(result.replaced, result.inserted)[lang]);
  if (result.keptTables > 0) lines.push(t.tablesKept(result.keptTables)[lang]);
  return [...lines, ...reviewLines(result.plan.findings, lang)];
}
