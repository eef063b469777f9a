// An export file the clerk chose from disk: checked like the CLI checks it (same words for the
// same files), a CSV decoded here and split by papaparse, an .xlsx read by exceljs, both loaded on demand.
import { decodeCsvBytes } from '../../../core/build/encoding';
import { classifyExportFile } from '../../../core/build/export-files';
import { exportCellFromExcelJs } from '../../../core/build/sources';
import type { ExportTable } from '../../../core/build/types';
import type { Lang } from '../../../core/types';
import { FILE_ERROR, refusedFileMessage } from '../../../i18n/build/files';

/** The file's tables; hidden sheets (stale or helper data, as the CLI treats them) are not read and `onHidden` hears each. */
export async function readExportFile(
  file: File,
  lang: Lang,
  onHidden: (source: string) => void = () => undefined,
  onFormat: (format: 'xls' | 'et' | 'ods') => void = () => undefined,
): Promise<ExportTable[]> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const kind = classifyExportFile(file.name, bytes.subarray(0, 512), bytes.length);
  if (kind.kind === 'refused') throw new Error(refusedFileMessage(kind.reason, file.name, lang));
  if (kind.kind === 'empty') throw new Error(FILE_ERROR.empty(file.name)[lang]);
  if (kind.kind === 'workbook') {
    // .xls, WPS .et, .ods and password-protected workbooks: the workbook reader, in its own chunk.
    const { readWorkbookExport } = await import(/* webpackChunkName: "workbook" */ './workbook-export');
    return readWorkbookExport(file.name, bytes, lang, onHidden, onFormat);
  }
  if (kind.kind === 'xlsx') {
    const ExcelJS = (await import(/* webpackChunkName: "exceljs" */ 'exceljs')).default;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.buffer as ArrayBuffer);
    const tables: ExportTable[] = [];
    for (const sheet of workbook.worksheets) {
      const source = `${file.name} › ${sheet.name}`;
      if (sheet.state === 'hidden' || sheet.state === 'veryHidden') {
        onHidden(source);
        continue;
      }
      const rows = (sheet.getSheetValues() as unknown[][]).slice(1).map((row) => (row ?? []).slice(1).map(exportCellFromExcelJs));
      if (rows.length > 0) tables.push({ source, rows, firstLine: 1 });
    }
    return tables;
  }
  const text = decodeCsvBytes(bytes);
  if (text.trim() === '') throw new Error(FILE_ERROR.empty(file.name)[lang]);
  // papaparse comes with the first CSV chosen, in its own chunk: the pane opens without it.
  const { parseCsv } = await import(/* webpackChunkName: "csv" */ '../../../core/build/csv');
  return [{ source: file.name, rows: parseCsv(text), firstLine: 1 }];
}
