// An export saved as .xls, WPS .et or .ods (or a password-protected workbook): read by the workbook
// reader, loaded with this module only when such a file is chosen (the pane's first load stays small).
import { exportTablesFromSheets } from '../../../core/build/workbook-tables';
import type { ExportTable } from '../../../core/build/types';
import type { Lang } from '../../../core/types';
import { workbookProblemText } from '../../../i18n/cli';
import { readWorkbook, WorkbookReadError } from '../../../workbook';

export async function readWorkbookExport(
  name: string,
  bytes: Uint8Array,
  lang: Lang,
  onHidden: (source: string) => void,
  onFormat: (format: 'xls' | 'et' | 'ods') => void,
): Promise<ExportTable[]> {
  try {
    const workbook = await readWorkbook(bytes, { fileName: name });
    if (workbook.format === 'xls' || workbook.format === 'et' || workbook.format === 'ods') onFormat(workbook.format);
    return exportTablesFromSheets(name, workbook.sheets, onHidden);
  } catch (error) {
    if (error instanceof WorkbookReadError) throw new Error(workbookProblemText(name, error.problem)[lang]);
    throw error;
  }
}
