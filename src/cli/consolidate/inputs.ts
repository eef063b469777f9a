// The consolidation's inputs on the command line: each workbook read and let go sheet by sheet
// into its units' sources (a file that cannot be read becomes a line, never a crash), the template's
// field order, the units file, the expected units and the field map.
import { promises as fs } from 'fs';
import { parseExpectedUnits } from '../../core/consolidate/groups';
import { readWorkbookSources } from '../../core/consolidate/read-source';
import type { ExpectedUnit, UnitSource, UnitsFile, UnreadSource } from '../../core/consolidate/types';
import type { Lang } from '../../core/types';
import { validateWorkbook } from '../../core/validate';
import { cliMessages, workbookProblemText } from '../../i18n/cli';
import { consolidateCliTexts as texts } from '../../i18n/consolidate/cli';
import { locateProblemText } from '../../i18n/findings';
import { readWorkbook, WorkbookReadError } from '../../workbook';
import { InputError } from '../errors';
import { readXlsxGrids } from '../xlsx';

export async function readSources(file: string, sheet: string | undefined): Promise<{ sources: UnitSource[]; unread: UnreadSource[] }> {
  let data: Buffer;
  try {
    data = await fs.readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return {
      sources: [],
      unread: [{ file, reason: code === 'ENOENT' ? cliMessages.fileMissing(file) : cliMessages.fileUnreadable(file, String(code ?? error)) }],
    };
  }
  let grids;
  try {
    grids = (await readWorkbook(new Uint8Array(data.buffer, data.byteOffset, data.byteLength), { fileName: file })).sheets;
  } catch (error) {
    if (error instanceof WorkbookReadError) return { sources: [], unread: [{ file, reason: workbookProblemText(file, error.problem) }] };
    throw error;
  }
  const sources: UnitSource[] = [];
  const unread: UnreadSource[] = [];
  for (const reading of readWorkbookSources(file, grids, sheet)) {
    if (reading.ok) sources.push(reading.source);
    else unread.push({ file, ...(reading.sheet !== undefined ? { sheet: reading.sheet } : {}), reason: locateProblemText(reading.problem) });
  }
  return { sources, unread };
}

async function readText(file: string, lang: Lang): Promise<string> {
  try {
    return await fs.readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError((code === 'ENOENT' ? cliMessages.fileMissing(file) : cliMessages.fileUnreadable(file, String(code ?? error)))[lang]);
  }
}

async function readJson(file: string, lang: Lang): Promise<unknown> {
  const text = await readText(file, lang);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new InputError(texts.badJson(file, (error as Error).message)[lang]);
  }
}

export async function loadUnitsFile(file: string | undefined, lang: Lang): Promise<UnitsFile | undefined> {
  if (file === undefined) return undefined;
  const parsed = await readJson(file, lang);
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new InputError(texts.badUnits(file, '{}')[lang]);
  for (const [key, value] of Object.entries(parsed as Record<string, unknown>)) {
    if (typeof value === 'string' && value.trim() !== '') continue;
    const entry = value as Record<string, unknown> | null;
    const fine =
      entry !== null &&
      typeof entry === 'object' &&
      !Array.isArray(entry) &&
      Object.keys(entry).every((k) => ['unit', 'platform', 'use'].includes(k)) &&
      (entry.unit === undefined || typeof entry.unit === 'string') &&
      (entry.platform === undefined || typeof entry.platform === 'string') &&
      (entry.use === undefined || typeof entry.use === 'boolean');
    if (!fine) throw new InputError(texts.badUnits(file, key)[lang]);
  }
  return parsed as UnitsFile;
}

export async function loadExpected(file: string | undefined, lang: Lang): Promise<ExpectedUnit[] | undefined> {
  return file === undefined ? undefined : parseExpectedUnits(await readText(file, lang));
}

/** The template's field names in its order. */
export async function loadTemplateFields(file: string | undefined, lang: Lang): Promise<string[] | undefined> {
  if (file === undefined) return undefined;
  const outcome = validateWorkbook(await readXlsxGrids(file, lang));
  if (!outcome.ok) throw new InputError(texts.templateHasNoTable(file, locateProblemText(outcome.problem)[lang])[lang]);
  return [...new Set(outcome.report.table.rows.filter((r) => r.kind === 'field').map((r) => r.label.trim()))];
}
