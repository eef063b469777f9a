// Where the "Kỳ trước" picker reads from in the add-in: the open workbook's sheets through the
// Excel host, and a file the clerk chooses through the workbook reader (its own chunk, loaded
// with the first file chosen). The standalone page gives the picker its own.
import type { SheetHost } from '../../../app/host';
import type { PreviousSourceDeps } from './previous-picker';

export function excelPreviousSources(excel: SheetHost): PreviousSourceDeps {
  return {
    listSheets: () => excel.listSheets(),
    readSheet: async (sheetName) => (await excel.readSheet({ sheetName })).grid,
    readFile: async (file, lang) => (await import(/* webpackChunkName: "workbook" */ './file-reader')).readWorkbookFromFile(file, lang),
  };
}
