// The "Kết quả kiểm tra" sheet: one row per finding, a header row frozen at the top, and a link
// from each finding to its cell. Written as inline strings, so the shared strings stay as they were.
import { columnLetter } from '../../core/address';
import { OFFICE_RELATIONSHIPS } from './package';
import { escapeText, escapeXml } from './tags';

export interface ResultsRow {
  values: string[];
  link?: { sheet: string; address: string };
}

export interface ResultsContent {
  columns: string[];
  rows: ResultsRow[];
}

/** "'Phụ lục'!C5": the sheet name always quoted, a quote in it doubled. */
export function sheetLocation(sheet: string, address: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${address}`;
}

function width(texts: string[]): number {
  const longest = Math.max(6, ...texts.map((t) => Math.max(...t.split('\n').map((line) => line.length))));
  return Math.min(90, longest + 2);
}

/** The column holding the link: the one showing the linked address, else the first. */
function linkColumn(row: ResultsRow): number {
  const at = row.values.findIndex((v) => row.link && v.trim().toUpperCase() === row.link.address.toUpperCase());
  return at < 0 ? 0 : at;
}

function cell(row: number, col: number, text: string, format: number): string {
  return `<c r="${columnLetter(col)}${row + 1}" s="${format}" t="inlineStr"><is><t xml:space="preserve">${escapeText(text)}</t></is></c>`;
}

export function resultsSheetXml(content: ResultsContent, formats: { header: number; wrap: number }): string {
  const columnCount = Math.max(content.columns.length, ...content.rows.map((r) => r.values.length));
  const header = `<row r="1">${content.columns.map((text, col) => cell(0, col, text, formats.header)).join('')}</row>`;
  const widths = Array.from({ length: columnCount }, (_, col) => width([content.columns[col] ?? '', ...content.rows.map((r) => r.values[col] ?? '')]));
  // Not every program fits a wrapped row's height on opening (LibreOffice does not): it is given.
  const height = (values: string[]) =>
    15 * Math.max(1, ...values.map((v, col) => v.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(line.length / widths[col])), 0)));
  const body = content.rows
    .map(
      (row, i) =>
        `<row r="${i + 2}" ht="${height(row.values)}" customHeight="1">${row.values.map((text, col) => (text === '' ? '' : cell(i + 1, col, text, formats.wrap))).join('')}</row>`,
    )
    .join('');
  const cols = widths.map((w, col) => `<col min="${col + 1}" max="${col + 1}" width="${w}" customWidth="1"/>`).join('');
  const links = content.rows
    .map((row, i) =>
      row.link
        ? `<hyperlink ref="${columnLetter(linkColumn(row))}${i + 2}" location="${escapeXml(sheetLocation(row.link.sheet, row.link.address))}" display="${escapeXml(row.link.address)}"/>`
        : '',
    )
    .join('');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${OFFICE_RELATIONSHIPS}">` +
    '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>' +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    (cols ? `<cols>${cols}</cols>` : '') +
    `<sheetData>${header}${body}</sheetData>` +
    (links ? `<hyperlinks>${links}</hyperlinks>` : '') +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
    '</worksheet>'
  );
}
