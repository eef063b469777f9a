// Shared by the annotated-copy tests: a package's parts, the validated request for a workbook,
// and every cell a reader sees, to compare a copy with its original.
import { unzipSync, zipSync, strToU8 } from 'fflate';
import ExcelJS from 'exceljs';
import { annotationRequest } from '../../../src/app/annotation';
import { validateWorkbook } from '../../../src/core/validate';
import type { CellValue, Grid } from '../../../src/core/types';
import { readWorkbook } from '../../../src/workbook';
import type { AnnotationRequest } from '../../../src/workbook/annotate';

export function partsOf(bytes: Uint8Array): Record<string, Uint8Array> {
  return unzipSync(bytes);
}

export async function requestFor(bytes: Uint8Array, lang: 'vi' | 'en' = 'vi'): Promise<AnnotationRequest> {
  const workbook = await readWorkbook(bytes);
  const outcome = validateWorkbook(workbook.sheets);
  if (!outcome.ok) throw new Error('no table');
  return annotationRequest(outcome.report.sheet, outcome, lang);
}

/** Every non-empty cell as the project's reader gives it: value, formula, number format; and the merges. */
export async function readerCells(
  bytes: Uint8Array,
): Promise<Record<string, { cells: Record<string, [CellValue, string | null, string | null]>; merges: Grid['merges'] }>> {
  const workbook = await readWorkbook(bytes);
  const out: Record<string, { cells: Record<string, [CellValue, string | null, string | null]>; merges: Grid['merges'] }> = {};
  for (const sheet of workbook.sheets) {
    const cells: Record<string, [CellValue, string | null, string | null]> = {};
    sheet.values.forEach((line, r) =>
      line.forEach((value, c) => {
        const formula = sheet.formulas?.[r]?.[c] ?? null;
        const format = sheet.numberFormats?.[r]?.[c] ?? null;
        if (value === null && formula === null) return;
        cells[`${sheet.origin.row + r},${sheet.origin.col + c}`] = [value, formula, format];
      }),
    );
    out[sheet.sheetName] = { cells, merges: sheet.merges };
  }
  return out;
}

export interface ExcelJsCell {
  value: unknown;
  formula?: string;
  numFmt?: string;
}

/** Every cell with a value as exceljs reads it, the merges and the column widths, per sheet. */
export async function exceljsView(
  bytes: Uint8Array,
): Promise<Record<string, { cells: Record<string, ExcelJsCell>; merges: string[]; widths: Array<number | undefined> }>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const out: Record<string, { cells: Record<string, ExcelJsCell>; merges: string[]; widths: Array<number | undefined> }> = {};
  workbook.eachSheet((sheet) => {
    const cells: Record<string, ExcelJsCell> = {};
    sheet.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (cell.value === null || cell.value === undefined) return;
        cells[cell.address] = { value: cell.value, formula: cell.formula || undefined, numFmt: cell.numFmt || undefined };
      }),
    );
    const model = sheet.model as unknown as { merges?: string[] };
    const widths = Array.from({ length: sheet.columnCount }, (_, i) => sheet.getColumn(i + 1).width);
    out[sheet.name] = { cells, merges: [...(model.merges ?? [])].sort(), widths };
  });
  return out;
}

export async function exceljsWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return workbook;
}

/** A small .xlsx written part by part, so a test controls every byte of the sheet XML. */
export function handmadeWorkbook(sheetData: string, extra: { cols?: string; styles?: string } = {}): Uint8Array {
  const styles =
    extra.styles ??
    '<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="#,##0"/></numFmts><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>';
  return zipSync({
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    ),
    'xl/workbook.xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Phụ lục" sheetId="1" r:id="rId1"/></sheets></workbook>',
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>',
    ),
    'xl/styles.xml': strToU8(styles),
    'xl/worksheets/sheet1.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">${extra.cols ?? ''}<sheetData>${sheetData}</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`,
    ),
  });
}

export const text = (bytes: Uint8Array | undefined): string => new TextDecoder().decode(bytes);
