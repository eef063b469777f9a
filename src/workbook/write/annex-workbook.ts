// Writes the built annex workbook: the annex sheet (exceljs: formulas with their results, A4
// landscape, header rows repeated, #,##0), then the "Chi tiết" and "Tóm tắt" sheets, whose rows
// are spliced into exceljs's output as inline-string XML (text stays text; 100,000 rows in well
// under a second, where exceljs's cell model takes several). Bytes out, no file access: the CLI
// writes them to disk, the standalone page offers them as a download. exceljs (~1 MB) is loaded
// at the first call, so a page that never builds never parses it.
import type ExcelJS from 'exceljs';
import { columnLetter, rangeToA1, toA1 } from '../../core/address';
import type { AnnexSheetCell, AnnexSheetCellStyle } from '../../core/build/annex';
import { excelSerialFromDay } from '../../core/build/dates';
import type { AnnexWorkbook, RowsSheet, TypedCell } from '../../core/build/workbook-model';
import { readZip, writeZip } from './zip-entries';

const utf8Encoder = new TextEncoder();
const utf8Decoder = new TextDecoder('utf-8');

function concatBytes(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

const FONT = 'Times New Roman';
const THIN: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};

const STYLE: Record<AnnexSheetCellStyle, Partial<ExcelJS.Style>> = {
  title: { font: { name: FONT, size: 12, bold: true }, alignment: { horizontal: 'center', vertical: 'middle' } },
  header: {
    font: { name: FONT, size: 11, bold: true },
    alignment: { horizontal: 'center', vertical: 'middle', wrapText: true },
    border: THIN,
  },
  numbering: { font: { name: FONT, size: 10, italic: true }, alignment: { horizontal: 'center', vertical: 'middle', wrapText: true }, border: THIN },
  stt: { font: { name: FONT, size: 11 }, alignment: { horizontal: 'center', vertical: 'middle' }, border: THIN },
  fieldName: { font: { name: FONT, size: 11 }, alignment: { horizontal: 'left', vertical: 'middle', wrapText: true }, border: THIN },
  count: { font: { name: FONT, size: 11 }, alignment: { horizontal: 'right', vertical: 'middle' }, border: THIN },
  totalLabel: { font: { name: FONT, size: 11, bold: true }, alignment: { horizontal: 'center', vertical: 'middle' }, border: THIN },
  totalCount: { font: { name: FONT, size: 11, bold: true }, alignment: { horizontal: 'right', vertical: 'middle' }, border: THIN },
  rateLabel: { font: { name: FONT, size: 11, bold: true, italic: true }, alignment: { horizontal: 'center', vertical: 'middle' }, border: THIN },
  rate: { font: { name: FONT, size: 11, italic: true }, alignment: { horizontal: 'right', vertical: 'middle' }, border: THIN },
  note: { font: { name: FONT, size: 11, italic: true }, alignment: { horizontal: 'left', vertical: 'top', wrapText: false } },
};

function excelValue(cell: AnnexSheetCell): ExcelJS.CellValue {
  if (cell.formula) return { formula: cell.formula.slice(1), result: cell.value ?? 0 } as ExcelJS.CellFormulaValue;
  return cell.value;
}

/** Header/footer text: "&" starts a code in Excel's header language, so it is doubled. */
function headerFooterText(text: string): string {
  return text.replace(/&/g, '&&');
}

export function addAnnexSheet(workbook: ExcelJS.Workbook, input: AnnexWorkbook): ExcelJS.Worksheet {
  const { annex } = input;
  const sheet = workbook.addWorksheet(input.annexName, {
    views: [{ state: 'frozen', xSplit: 2, ySplit: annex.printTitleRows.bottom + 1 }],
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
      printTitlesRow: `${annex.printTitleRows.top + 1}:${annex.printTitleRows.bottom + 1}`,
    },
    headerFooter: {
      oddHeader: `&C&"${FONT},Bold"${headerFooterText(input.printTitle)}`,
      oddFooter: `&C&"${FONT},Regular"&P/&N`,
    },
  });
  annex.columnWidths.forEach((width, col) => {
    sheet.getColumn(col + 1).width = width;
  });
  annex.rowHeights.forEach(({ row, height }) => {
    sheet.getRow(row + 1).height = height;
  });
  for (const cell of annex.cells) {
    const target = sheet.getCell(toA1(cell.row, cell.col));
    target.value = excelValue(cell);
    target.style = { ...STYLE[cell.style], ...(cell.numFmt ? { numFmt: cell.numFmt } : {}) };
  }
  for (const merge of annex.merges) sheet.mergeCells(rangeToA1(merge));
  return sheet;
}

type CellKind = 's' | 'n' | 'd';
const PROBE_STYLE: Record<CellKind, Partial<ExcelJS.Style>> = {
  s: { numFmt: '@', font: { name: FONT, size: 11 } },
  n: { numFmt: '0', font: { name: FONT, size: 11 } },
  d: { numFmt: 'dd/mm/yyyy', font: { name: FONT, size: 11 }, alignment: { horizontal: 'center' } },
};

function columnCount(sheet: RowsSheet): number {
  return Math.max(sheet.headers?.length ?? 0, sheet.widths.length);
}

/** Adds the sheet with its header row, widths and one probe row carrying each cell kind's style. */
function addRowsSheet(workbook: ExcelJS.Workbook, rowsSheet: RowsSheet): number {
  const headerRows = rowsSheet.headers ? 1 : 0;
  const sheet = workbook.addWorksheet(rowsSheet.name, {
    views: headerRows ? [{ state: 'frozen', ySplit: 1 }] : [],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  rowsSheet.widths.forEach((width, col) => {
    sheet.getColumn(col + 1).width = width;
  });
  if (rowsSheet.headers) {
    const header = sheet.getRow(1);
    rowsSheet.headers.forEach((text, col) => {
      const cell = header.getCell(col + 1);
      cell.value = text;
      cell.style = { font: { name: FONT, size: 11, bold: true }, alignment: { vertical: 'middle', wrapText: true }, border: THIN };
    });
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: rowsSheet.headers.length } };
  }
  const probe = sheet.getRow(headerRows + 1);
  (['s', 'n', 'd'] as CellKind[]).forEach((kind, index) => {
    const cell = probe.getCell(index + 1);
    cell.value = kind === 's' ? 'probe' : 0;
    cell.style = PROBE_STYLE[kind];
  });
  const bold = probe.getCell(4);
  bold.value = 'probe';
  bold.style = { ...PROBE_STYLE.s, font: { name: FONT, size: 11, bold: true } };
  return headerRows;
}

// Characters XML 1.0 cannot hold (control characters, lone surrogates) are dropped.
// eslint-disable-next-line no-control-regex
const INVALID_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
// eslint-disable-next-line no-control-regex
const NEEDS_WORK = /[&<>\u0000-\u001f\ud800-\udfff\ufffe\uffff]/;
const MAX_CELL_TEXT = 32_767;

export function xmlText(text: string): string {
  if (text.length <= MAX_CELL_TEXT && !NEEDS_WORK.test(text)) return text;
  const clean = text.replace(INVALID_XML, '').slice(0, MAX_CELL_TEXT);
  return clean.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function stringItem(text: string): string {
  const space = /^\s|\s$/.test(text) ? ' xml:space="preserve"' : '';
  return `<si><t${space}>${xmlText(text)}</t></si>`;
}

/**
 * The workbook's shared strings, extended with the spliced cells' texts: a detail sheet repeats
 * the same fields, statuses and labels on every row. A string cell (t="s") is never a formula.
 */
export class SharedStrings {
  private readonly index = new Map<string, number>();
  private readonly added: string[] = [];
  private references = 0;

  constructor(private readonly existing: number) {}

  static fromXml(xml: string): SharedStrings {
    const unique = /uniqueCount="(\d+)"/.exec(xml) ?? /count="(\d+)"/.exec(xml);
    return new SharedStrings(unique ? Number(unique[1]) : (xml.match(/<si>/g) ?? []).length);
  }

  id(text: string): number {
    this.references++;
    let id = this.index.get(text);
    if (id === undefined) {
      id = this.existing + this.added.length;
      this.index.set(text, id);
      this.added.push(stringItem(text));
    }
    return id;
  }

  /** The sharedStrings part with the new strings appended and its counts updated. */
  extend(xml: string): string {
    const count = /\scount="(\d+)"/.exec(xml);
    const total = (count ? Number(count[1]) : this.existing) + this.references;
    const unique = this.existing + this.added.length;
    return xml
      .replace(/\scount="\d+"/, ` count="${total}"`)
      .replace(/uniqueCount="\d+"/, `uniqueCount="${unique}"`)
      .replace('</sst>', `${this.added.join('')}</sst>`);
  }
}

interface ProbeStyles {
  s: string;
  n: string;
  d: string;
  bold: string;
}

function probeStyles(sheetXml: string, probeRow: number): ProbeStyles {
  const style = (col: number): string => {
    const match = new RegExp(`<c r="${columnLetter(col)}${probeRow}"(?: s="(\\d+)")?`).exec(sheetXml);
    if (!match) throw new Error(`probe cell ${columnLetter(col)}${probeRow} not found`);
    return match[1] ?? '0';
  };
  return { s: style(0), n: style(1), d: style(2), bold: style(3) };
}

function inlineString(text: string): string {
  const space = /^\s|\s$/.test(text) ? ' xml:space="preserve"' : '';
  return `<is><t${space}>${xmlText(text)}</t></is>`;
}

function rowXml(cells: TypedCell[], row: number, letters: string[], styles: ProbeStyles, strings: SharedStrings, bold: boolean, inline: boolean[]): string {
  let xml = `<row r="${row}">`;
  const textStyle = bold ? styles.bold : styles.s;
  for (let col = 0; col < cells.length && col < letters.length; col++) {
    const cell = cells[col];
    if (cell === null) continue;
    if (cell.t === 's') {
      if (cell.v === '') continue;
      xml += inline[col]
        ? `<c r="${letters[col]}${row}" s="${textStyle}" t="inlineStr">${inlineString(cell.v)}</c>`
        : `<c r="${letters[col]}${row}" s="${textStyle}" t="s"><v>${strings.id(cell.v)}</v></c>`;
    } else if (cell.t === 'n') {
      if (Number.isFinite(cell.v)) xml += `<c r="${letters[col]}${row}" s="${styles.n}"><v>${cell.v}</v></c>`;
    } else {
      xml += `<c r="${letters[col]}${row}" s="${styles.d}"><v>${excelSerialFromDay(cell.v)}</v></c>`;
    }
  }
  return `${xml}</row>`;
}

/** Rows are encoded to UTF-8 in blocks: no single 30 MB string is ever built. */
const ROWS_PER_CHUNK = 2_000;

/**
 * Replaces the probe row with the real rows and fixes the sheet's dimension and filter range.
 * Returns the sheet part as bytes.
 */
export function spliceRows(sheetXml: string, rowsSheet: RowsSheet, firstRow: number, width: number, strings: SharedStrings): Uint8Array {
  const styles = probeStyles(sheetXml, firstRow);
  const letters = Array.from({ length: Math.max(width, 1) }, (_, col) => columnLetter(col));
  const inline = letters.map((_, col) => rowsSheet.uniqueColumns?.includes(col) ?? false);
  const chunks: Uint8Array[] = [];
  let pending: string[] = [];
  let count = 0;
  for (const cells of rowsSheet.rows) {
    pending.push(rowXml(cells, firstRow + count, letters, styles, strings, Boolean(rowsSheet.boldFirstRow) && count === 0, inline));
    count++;
    if (pending.length === ROWS_PER_CHUNK) {
      chunks.push(utf8Encoder.encode(pending.join('')));
      pending = [];
    }
  }
  if (pending.length > 0) chunks.push(utf8Encoder.encode(pending.join('')));
  const lastRow = Math.max(firstRow - 1 + count, 1);
  const lastCol = letters[letters.length - 1];
  const withoutProbe = sheetXml
    .replace(new RegExp(`<row r="${firstRow}"[^>]*>.*?</row>`, 's'), '')
    .replace(/<dimension ref="[^"]*"\/>/, `<dimension ref="A1:${lastCol}${lastRow}"/>`)
    .replace(/<autoFilter ref="[^"]*"\/>/, `<autoFilter ref="A1:${lastCol}${lastRow}"/>`)
    .replace('<sheetData/>', '<sheetData></sheetData>');
  const end = withoutProbe.indexOf('</sheetData>');
  if (end < 0) throw new Error('sheetData missing from the sheet part');
  return concatBytes([utf8Encoder.encode(withoutProbe.slice(0, end)), ...chunks, utf8Encoder.encode(withoutProbe.slice(end))]);
}

async function loadExcelJS(): Promise<typeof ExcelJS> {
  const module = await import(/* webpackChunkName: "exceljs" */ 'exceljs');
  return (module as { default?: typeof ExcelJS }).default ?? (module as unknown as typeof ExcelJS);
}

/** The whole workbook as .xlsx bytes. */
export async function annexWorkbookBytes(input: AnnexWorkbook): Promise<Uint8Array> {
  const { Workbook } = await loadExcelJS();
  const workbook = new Workbook();
  workbook.creator = 'tthc-report';
  workbook.calcProperties = { fullCalcOnLoad: true };
  addAnnexSheet(workbook, input);
  const firstRows = input.sheets.map((sheet) => addRowsSheet(workbook, sheet) + 1);
  const entries = readZip(new Uint8Array(await workbook.xlsx.writeBuffer()));
  const sharedStringsEntry = entries.find((entry) => entry.name === 'xl/sharedStrings.xml');
  if (!sharedStringsEntry) throw new Error('xl/sharedStrings.xml missing from the workbook');
  const sharedStringsXml = utf8Decoder.decode(sharedStringsEntry.data);
  const strings = SharedStrings.fromXml(sharedStringsXml);
  input.sheets.forEach((rowsSheet, index) => {
    const name = `xl/worksheets/sheet${index + 2}.xml`;
    const entry = entries.find((candidate) => candidate.name === name);
    if (!entry) throw new Error(`${name} missing from the workbook`);
    entry.data = spliceRows(utf8Decoder.decode(entry.data), rowsSheet, firstRows[index], columnCount(rowsSheet), strings);
  });
  sharedStringsEntry.data = utf8Encoder.encode(strings.extend(sharedStringsXml));
  return writeZip(entries, 1);
}
