// `tthc-report report FILE.xlsx --out report.docx [--quarter II --year 2026 …] [--no-annex]`
import { promises as fs } from 'fs';
import { narrativeCliTexts as texts } from '../../i18n/narrative/cli';
import { docxFileName } from '../../word/captions';
import { reportDocxBuffer } from '../../word/docx';
import { EXIT, parseCommandLine, processIo, usageError, type CliIo } from '../io';
import { explainingInputErrors, narrativeFromFile, PERIOD_OPTIONS } from '../narrative-input';

export async function run(args: string[], io: CliIo = processIo): Promise<number> {
  const parsed = parseCommandLine(io, args, { ...PERIOD_OPTIONS, out: { type: 'string', short: 'o' }, 'no-annex': { type: 'boolean' } } as const, texts.reportUsage);
  if ('exit' in parsed) return parsed.exit;
  const { lang } = parsed;
  const [file, ...extra] = parsed.positionals;
  if (!file) return usageError(io, texts.noFile[lang], texts.reportUsage, lang);
  if (extra.length > 0) return usageError(io, texts.tooManyFiles[lang], texts.reportUsage, lang);

  const values = parsed.values;
  return explainingInputErrors(io, async () => {
    const bundle = await narrativeFromFile(io, file, values, lang);
    const bytes = await reportDocxBuffer({ narrative: bundle.text, annex: values['no-annex'] ? undefined : bundle.annex });
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
