// `tthc-report report FILE.xlsx --out BC.docx [--quarter II --year 2026 …] [--unit "xã An Phú"]
//  [--superior …] [--signer … --signer-title "KT. CHỦ TỊCH|PHÓ CHỦ TỊCH"] [--no-annex] [--section-only]`
import { promises as fs } from 'fs';
import { reportDocumentFor } from '../../app/report-document';
import { fullReportBuffer } from '../../word/report-docx';
import { narrativeCliTexts as texts } from '../../i18n/narrative/cli';
import { docxFileName } from '../../word/captions';
import { reportDocxBuffer } from '../../word/docx';
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
    const bytes = values['section-only']
      ? await reportDocxBuffer({ narrative: bundle.text, annex: withoutAnnex ? undefined : bundle.annex })
      : await fullReportBuffer(
          reportDocumentFor(bundle, {
            withoutAnnex,
            superior: values.superior,
            issuer: values.issuer,
            place: values.place,
            signer: values.signer,
            signerTitle: values['signer-title'],
          }),
        );
    const out = values.out ?? docxFileName(bundle.text);
    try {
      await fs.writeFile(out, bytes);
    } catch (error) {
      io.stderr(texts.cannotWrite(out, (error as NodeJS.ErrnoException).code ?? (error as Error).message)[lang]);
      return EXIT.badInput;
    }
    io.stdout(texts.written(out)[lang]);
    return EXIT.ok;
  });
}
