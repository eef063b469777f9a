// What every subcommand shares: output streams, exit codes, the language flag.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Lang, LocalizedText } from '../core/types';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

export const EXIT = { ok: 0, findings: 1, badInput: 2 } as const;

export function parseLang(value: string | undefined): Lang {
  if (value === undefined) {
    const env = process.env.TTHC_LANG ?? '';
    return env.toLowerCase().startsWith('en') ? 'en' : 'vi';
  }
  return value.toLowerCase().startsWith('en') ? 'en' : 'vi';
}

export function usageError(io: CliIo, message: string, usage: LocalizedText, lang: Lang = 'vi'): number {
  io.stderr(`${message}\n\n${usage[lang]}`);
  return EXIT.badInput;
}

export const processIo: CliIo = {
  stdout: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  stderr: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
};

type OptionsConfig = NonNullable<ParseArgsConfig['options']>;

const COMMON_OPTIONS = { lang: { type: 'string' }, help: { type: 'boolean', short: 'h' } } as const;

export interface CommandLine<O extends OptionsConfig> {
  values: ReturnType<typeof parseArgs<{ args: string[]; options: O & typeof COMMON_OPTIONS; allowPositionals: true }>>['values'];
  positionals: string[];
  lang: Lang;
}

/**
 * Parses a subcommand's arguments (plus --lang and --help). An unknown option prints the usage and
 * gives exit code 2; --help prints it and gives 0: then `exit` is set and the command returns it.
 */
export function parseCommandLine<O extends OptionsConfig>(io: CliIo, args: string[], options: O, usage: LocalizedText): CommandLine<O> | { exit: number } {
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, options: { ...options, ...COMMON_OPTIONS } });
  } catch (error) {
    return { exit: usageError(io, (error as Error).message, usage, parseLang(undefined)) };
  }
  const common = parsed.values as { lang?: string; help?: boolean };
  const lang = parseLang(common.lang);
  if (common.help) {
    io.stdout(usage[lang]);
    return { exit: EXIT.ok };
  }
  return { values: parsed.values as CommandLine<O>['values'], positionals: parsed.positionals, lang };
}
