// `--channel FILE=online|direct`, `--status FILE=dates`, `--field FILE=NAME`: what a file's
// dossiers are when the file does not say, given on the command line and written into the mapping.
import * as path from 'path';
import type { BuildMapping, SourceAnswers } from '../../core/build/types';
import type { Lang } from '../../core/types';
import { CLI_TEXT } from '../../i18n/build';

export type AnswerOption = 'channel' | 'status' | 'field';

const ANSWER_OPTIONS: readonly AnswerOption[] = ['channel', 'status', 'field'];

function isValid(option: AnswerOption, value: string): boolean {
  if (option === 'channel') return value === 'online' || value === 'direct';
  if (option === 'status') return value === 'dates';
  return value !== '';
}

/** The answers by export file name; FILE is one of the exports (its name, or its path as given). The clerk's message when one is wrong. */
export function readAnswers(values: Partial<Record<AnswerOption, string[]>>, exports: string[], lang: Lang): Record<string, SourceAnswers> | string {
  const names = exports.map((file) => path.basename(file));
  const answers: Record<string, SourceAnswers> = {};
  for (const option of ANSWER_OPTIONS) {
    for (const given of values[option] ?? []) {
      const at = given.indexOf('=');
      const file = at > 0 ? path.basename(given.slice(0, at).trim()) : '';
      const value = at > 0 ? given.slice(at + 1).trim() : '';
      if (!file || !isValid(option, value)) return CLI_TEXT.badAnswer(option, given)[lang];
      if (!names.includes(file)) return CLI_TEXT.answerNotAnExport(option, file, names)[lang];
      const entry = (answers[file] ??= {});
      if (option === 'channel') entry.channel = value as 'online' | 'direct';
      else if (option === 'status') entry.status = 'dates';
      else entry.field = value;
    }
  }
  return answers;
}

/** The map file's mapping with the command line's answers over it. */
export function withAnswers(mapping: BuildMapping, answers: Record<string, SourceAnswers>): BuildMapping {
  if (Object.keys(answers).length === 0) return mapping;
  const sources = { ...(mapping.sources ?? {}) };
  for (const [file, answer] of Object.entries(answers)) sources[file] = { ...(sources[file] ?? {}), ...answer };
  return { ...mapping, sources };
}
