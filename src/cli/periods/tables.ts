// The periods' inputs on the command line: "FILE.xlsx" or "FILE.xlsx:SHEET" read into a located,
// validated table with its period, a workbook of quarters, and the clerk's field map.
import { existsSync, promises as fs } from 'fs';
import type { FieldNameMap } from '../../core/match/fields';
import { periodTableOf } from '../../core/periods/book';
import type { PeriodTable } from '../../core/periods/types';
import type { Grid, Lang } from '../../core/types';
import { validateWorkbook, type ValidateOptions } from '../../core/validate';
import { cliMessages } from '../../i18n/cli';
import { outcomeProblemText } from '../../i18n/findings';
import { periodsCliTexts } from '../../i18n/periods/cli';
import { InputError } from '../errors';
import { readXlsxGrids } from '../xlsx';

/** "q1.xlsx:Quý I" → the file and the sheet; a path that exists as a whole is a file ("C:\…" stays whole). */
export function splitFileSheet(argument: string): { file: string; sheet?: string } {
  if (existsSync(argument)) return { file: argument };
  const colon = argument.lastIndexOf(':');
  if (colon > 0 && existsSync(argument.slice(0, colon))) return { file: argument.slice(0, colon), sheet: argument.slice(colon + 1) };
  return { file: argument };
}

/** The annex table of a file (its named sheet, else its first sheet with a table), validated, with its period. */
export async function loadPeriodTable(argument: string, lang: Lang, options: ValidateOptions = {}): Promise<PeriodTable> {
  const { file, sheet } = splitFileSheet(argument);
  const grids = await readXlsxGrids(file, lang);
  return periodTableFromGrids(grids, file, sheet, lang, options);
}

export function periodTableFromGrids(grids: Grid[], file: string, sheet: string | undefined, lang: Lang, options: ValidateOptions = {}): PeriodTable {
  const outcome = validateWorkbook(grids, sheet, options);
  if (!outcome.ok) throw new InputError(`${file}: ${outcomeProblemText(outcome)[lang]}`);
  const grid = grids.find((g) => g.sheetName === outcome.report.sheet) as Grid;
  return periodTableOf(grid, outcome.report, file);
}

/** {"name as one table writes it": "the field"}; an InputError naming the file when it is not that. */
export async function loadFieldMap(file: string | undefined, lang: Lang): Promise<FieldNameMap | undefined> {
  if (file === undefined) return undefined;
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError((code === 'ENOENT' ? cliMessages.fileMissing(file) : cliMessages.fileUnreadable(file, String(code ?? error)))[lang]);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new InputError(periodsCliTexts.badFieldMap(file, (error as Error).message)[lang]);
  }
  const entries = parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? Object.entries(parsed as Record<string, unknown>) : null;
  const bad = entries?.find(([, value]) => typeof value !== 'string' || value.trim() === '');
  if (!entries || bad) throw new InputError(periodsCliTexts.badFieldMap(file, bad ? `"${bad[0]}"` : 'JSON')[lang]);
  return Object.fromEntries(entries) as FieldNameMap;
}
