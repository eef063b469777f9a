// The one entry to reading a workbook: bytes in, the core's grids out, or a WorkbookReadError
// whose problem the caller words (src/i18n/cli.ts). Used by the CLI; pane and page can use it as is.
import { detectContainer, zipFormat } from './detect';
import { readLegacyWorkbook } from './legacy';
import { odsHiddenSheets } from './ods-visibility';
import { WorkbookReadError, type WorkbookContents } from './types';
import { readXlsxSheets } from './xlsx';
import { openZip } from './zip';

export * from './types';

export interface ReadOptions {
  /** The file's name: only tells a WPS .et from an .xls (same container); the bytes decide the rest. */
  fileName?: string;
}

export async function readWorkbook(bytes: Uint8Array, options: ReadOptions = {}): Promise<WorkbookContents> {
  const container = detectContainer(bytes);
  if (container.kind === 'problem') throw new WorkbookReadError(container.problem);
  if (container.kind === 'ole') return readLegacyWorkbook(bytes, { container: 'ole', fileName: options.fileName });
  let zip;
  try {
    zip = openZip(bytes);
  } catch (error) {
    throw new WorkbookReadError({ kind: 'damaged', format: 'xlsx', detail: (error as Error).message });
  }
  const format = zipFormat(zip.names, () => zip.text('mimetype'));
  if (format === 'ods') return readLegacyWorkbook(bytes, { container: 'ods', hiddenSheets: odsHiddenSheets(zip) });
  if (format === 'xlsb') throw new WorkbookReadError({ kind: 'xlsb' });
  if (format === 'other-office') throw new WorkbookReadError({ kind: 'other-office' });
  if (format !== 'xlsx') throw new WorkbookReadError({ kind: 'unknown' });
  try {
    return { format: 'xlsx', sheets: readXlsxSheets(zip) };
  } catch (error) {
    // No second, lenient reader here: SheetJS reads a truncated sheet as a shorter one, and a table
    // read short would be validated as if whole.
    throw new WorkbookReadError({ kind: 'damaged', format: 'xlsx', detail: (error as Error).message });
  }
}
