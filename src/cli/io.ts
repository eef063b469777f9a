// What every subcommand shares: output streams, exit codes, the language flag.
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
