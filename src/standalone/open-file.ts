// A file the clerk picked or dropped, read into grids by the same reader as the CLI and the pane;
// a file that cannot be read becomes the same one line the CLI prints (src/i18n/cli.ts).
import type { Lang } from '../core/types';
import { workbookProblemText } from '../i18n/cli';
import { readWorkbook, WorkbookReadError } from '../workbook';
import type { OpenedWorkbook } from './file-host';

export type OpenResult = { ok: true; workbook: OpenedWorkbook } | { ok: false; message: string };

export async function openWorkbookFile(file: Pick<File, 'name' | 'arrayBuffer'>, lang: Lang): Promise<OpenResult> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  try {
    const contents = await readWorkbook(bytes, { fileName: file.name });
    return { ok: true, workbook: { fileName: file.name, format: contents.format, bytes, sheets: contents.sheets } };
  } catch (error) {
    if (error instanceof WorkbookReadError) return { ok: false, message: workbookProblemText(file.name, error.problem)[lang] };
    return { ok: false, message: `${file.name}: ${error instanceof Error ? error.message : String(error)}` };
  }
}
