// A workbook file the clerk chose for the "Kỳ trước" picker, read by the workbook reader, in its own
// chunk with the words of what can go wrong with a file: the pane opens without either.
import type { Grid, Lang } from '../../../core/types';
import { workbookProblemText } from '../../../i18n/cli';
import { readWorkbook, WorkbookReadError } from '../../../workbook';

export async function readWorkbookFromFile(file: File, lang: Lang): Promise<Grid[]> {
  try {
    return (await readWorkbook(new Uint8Array(await file.arrayBuffer()), { fileName: file.name })).sheets;
  } catch (error) {
    if (error instanceof WorkbookReadError) throw new Error(workbookProblemText(file.name, error.problem)[lang]);
    throw error;
  }
}
