// What the build's export reader needs from the workbook reader (so that src/cli/build/exports.ts
// and the pane's build panel can switch to it): the visible sheets as rows of cell values, dates
// as serial days, hidden sheets flagged. Checked against today's exceljs streaming reader.
import { readFileSync } from 'fs';
import * as path from 'path';
import { readXlsxExport } from '../../src/cli/build/exports';
import { tableFromGrid } from '../../src/core/build/sources';
import type { ExportCell } from '../../src/core/build/types';
import { readWorkbook } from '../../src/workbook';

const EXPORT = path.join(__dirname, '..', '..', 'assets', 'samples', 'ho-so-dvcqg-quy-II-2026.xlsx');

/** Rows without their trailing blanks: the streaming reader stops each row at its last cell. */
const trimmed = (rows: ExportCell[][]) =>
  rows.map((row) => {
    const out = [...row];
    while (out.length > 0 && (out[out.length - 1] === null || out[out.length - 1] === '')) out.pop();
    return out;
  });

it('gives the dossier export the same rows as the exceljs streaming reader', async () => {
  const [streamed] = await readXlsxExport(EXPORT);
  const workbook = await readWorkbook(readFileSync(EXPORT));
  const visible = workbook.sheets.filter((sheet) => sheet.visibility === 'visible');
  expect(visible).toHaveLength(1);
  const table = tableFromGrid(visible[0]);
  expect(table.rows.length).toBeGreaterThan(100);
  expect(trimmed(table.rows)).toEqual(trimmed(streamed.rows));
});
