// Reads a workbook file (.xlsx, .xls, .ods, WPS .et) into the core's grids through the workbook
// reader (src/workbook): Node's file access here, the reading itself there, the words in i18n.
import { promises as fs } from 'fs';
import type { Grid, Lang } from '../core/types';
import { cliMessages, workbookProblemText } from '../i18n/cli';
import { readWorkbook, WorkbookReadError, type WorkbookContents } from '../workbook';
import { InputError } from './errors';

/** The workbook in `filePath`; an InputError with the clerk's line when it cannot be read. */
export async function readWorkbookFile(filePath: string, lang: Lang = 'vi'): Promise<WorkbookContents> {
  let data: Buffer;
  try {
    data = await fs.readFile(filePath);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError((code === 'ENOENT' ? cliMessages.fileMissing(filePath) : cliMessages.fileUnreadable(filePath, String(code ?? error)))[lang]);
  }
  try {
    return await readWorkbook(new Uint8Array(data.buffer, data.byteOffset, data.byteLength), { fileName: filePath });
  } catch (error) {
    if (error instanceof WorkbookReadError) throw new InputError(workbookProblemText(filePath, error.problem)[lang]);
    throw error;
  }
}

/** Every worksheet of a workbook file as a grid, in workbook order. */
export async function readXlsxGrids(filePath: string, lang: Lang = 'vi'): Promise<Grid[]> {
  return (await readWorkbookFile(filePath, lang)).sheets;
}
