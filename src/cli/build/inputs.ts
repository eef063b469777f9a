// What the build command reads besides its options: the map file, the template's fields, and
// every export (an empty file among good ones is a warning; all empty is an error).
import { promises as fs } from 'fs';
import * as path from 'path';
import { parseBuildMapping } from '../../core/build/mapping';
import { templateFieldsFromGrids } from '../../core/build/template';
import type { BuildMapping, BuildWarning, ExportTable } from '../../core/build/types';
import type { Lang } from '../../core/types';
import { CLI_TEXT, FILE_ERROR } from '../../i18n/build';
import { InputError } from '../errors';
import { readXlsxGrids } from '../xlsx';
import { readExportFile } from './exports';

export async function readMapping(file: string, lang: Lang): Promise<BuildMapping> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? FILE_ERROR.notFound(file)[lang] : FILE_ERROR.unreadable(file, String(code))[lang]);
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new InputError(FILE_ERROR.badMap(file, (error as Error).message)[lang]);
  }
  const parsed = parseBuildMapping(json);
  if (!parsed.ok) throw new InputError(FILE_ERROR.badMap(file, parsed.problem)[lang]);
  return parsed.mapping;
}

export async function readTemplateFields(file: string, lang: Lang): Promise<string[]> {
  const found = templateFieldsFromGrids(await readXlsxGrids(file, lang));
  if (!found) throw new InputError(`${file}: ${CLI_TEXT.templateNoTable[lang]}`);
  return found.fields;
}

export interface ExportsRead {
  tables: ExportTable[];
  /** An empty file skipped, a hidden sheet not read: listed first among the warnings. */
  fileWarnings: BuildWarning[];
}

/**
 * Every export's tables. An empty file (0 bytes, blanks only, no sheet with content) is skipped
 * with a warning, so one bad download does not stop the build — unless every file is empty.
 */
export async function readExports(files: string[], lang: Lang): Promise<ExportsRead> {
  const tables: ExportTable[] = [];
  const hidden: string[] = [];
  const empty: string[] = [];
  const formats: BuildWarning[] = [];
  for (const file of files) {
    const own = await readExportFile(file, lang, (source) => hidden.push(source), (format) => formats.push({ kind: 'format-read', source: path.basename(file), format }));
    if (own.length === 0) empty.push(file);
    tables.push(...own);
  }
  const onlyHidden = (file: string) => hidden.some((source) => source.startsWith(`${path.basename(file)} › `));
  if (empty.length === files.length) {
    throw new InputError(empty.map((file) => (onlyHidden(file) ? FILE_ERROR.onlyHidden(file) : FILE_ERROR.empty(file))[lang]).join('\n'));
  }
  const fileWarnings: BuildWarning[] = [
    ...formats,
    ...empty.filter((file) => !onlyHidden(file)).map((file): BuildWarning => ({ kind: 'empty-file', source: path.basename(file) })),
    ...hidden.map((source): BuildWarning => ({ kind: 'hidden-sheet', source })),
  ];
  return { tables, fileWarnings };
}
