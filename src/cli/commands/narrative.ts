// `tthc-report narrative FILE.xlsx [--quarter II --year 2026 --from 15/3/2026 --to 14/6/2026 --unit "xã An Phú"] [--format text|html] [--annex]`
import { narrativeCliTexts as texts } from '../../i18n/narrative/cli';
import { clipboardPayload } from '../../word/html';
import { EXIT, parseCommandLine, processIo, usageError, type CliIo } from '../io';
import { explainingInputErrors, narrativeFromFile, PERIOD_OPTIONS } from '../narrative-input';

export async function run(args: string[], io: CliIo = processIo): Promise<number> {
  const parsed = parseCommandLine(io, args, { ...PERIOD_OPTIONS, format: { type: 'string' }, annex: { type: 'boolean' } } as const, texts.narrativeUsage);
  if ('exit' in parsed) return parsed.exit;
  const { lang } = parsed;
  const [file, ...extra] = parsed.positionals;
  if (!file) return usageError(io, texts.noFile[lang], texts.narrativeUsage, lang);
  if (extra.length > 0) return usageError(io, texts.tooManyFiles[lang], texts.narrativeUsage, lang);
  const format = parsed.values.format ?? 'text';
  if (format !== 'text' && format !== 'html') return usageError(io, texts.badFormat(format)[lang], texts.narrativeUsage, lang);

  const values = parsed.values;
  return explainingInputErrors(io, async () => {
    const bundle = await narrativeFromFile(io, file, values, lang);
    const payload = clipboardPayload(bundle.text, values.annex ? bundle.annex : undefined);
    io.stdout(format === 'html' ? payload.html : payload.text.replace(/\r\n/g, '\n'));
    return EXIT.ok;
  });
}
