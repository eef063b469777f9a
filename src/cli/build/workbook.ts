// The built annex workbook on disk: the bytes come from the browser-safe writer in src/workbook.
import { promises as fs } from 'fs';
import type { AnnexWorkbook } from '../../core/build/workbook-model';
import { annexWorkbookBytes } from '../../workbook/write/annex-workbook';

export async function writeAnnexWorkbook(file: string, input: AnnexWorkbook): Promise<void> {
  await fs.writeFile(file, await annexWorkbookBytes(input));
}
