// Writes the consolidated workbook with exceljs: "Tổng hợp" and "Theo đơn vị" as print-ready annex
// sheets (formulas with their results, A4 landscape, header rows repeated, #,##0), "Kiểm tra", and
// "Biểu đồ": the two charts as PNG pictures (exceljs writes no Excel charts) with their bars'
// numbers, names and values in the cells beside them.
import { promises as fs } from 'fs';
import ExcelJS from 'exceljs';
import type { ChartImage } from '../../core/consolidate/charts';
import type { Lang } from '../../core/types';
import { CHART_WORDS, type ConsolidatedWorkbook } from '../../i18n/consolidate/sheets';
import { addAnnexSheet } from '../../workbook/write/annex-workbook';

const FONT = 'Times New Roman';
const THIN: Partial<ExcelJS.Borders> = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };
const PAGE: Partial<ExcelJS.PageSetup> = {
  paperSize: 9,
  orientation: 'landscape',
  fitToPage: true,
  fitToWidth: 1,
  fitToHeight: 0,
  margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
};

export interface ChartPair {
  onTime: ChartImage | null;
  received: ChartImage | null;
}

function addChecksSheet(workbook: ExcelJS.Workbook, input: ConsolidatedWorkbook): void {
  const { checks } = input;
  const sheet = workbook.addWorksheet(checks.name, { pageSetup: { ...PAGE, printTitlesRow: '2:2' }, views: [{ state: 'frozen', ySplit: 2 }] });
  checks.widths.forEach((width, col) => (sheet.getColumn(col + 1).width = width));
  let row = 1;
  for (const cells of checks.rows) {
    const line = sheet.getRow(row);
    cells.forEach((cell, col) => {
      if (cell === null) return;
      const target = line.getCell(col + 1);
      target.value = cell.v;
      target.style = { font: { name: FONT, size: 11, bold: row <= 2 }, alignment: { vertical: 'top', wrapText: true }, ...(row === 2 ? { border: THIN } : {}) };
    });
    // A line of words alone (a decision) spans the table's width and wraps there, so the page
    // keeps its width when printed; its height follows its length.
    const only = cells.length === 1 && cells[0]?.t === 's' ? cells[0].v : null;
    if (only !== null && row > 2) {
      sheet.mergeCells(row, 1, row, checks.widths.length);
      const perLine = checks.widths.reduce((a, b) => a + b, 0) * 1.1;
      line.height = Math.max(1, Math.ceil(only.length / perLine)) * 15;
    }
    row++;
  }
}

function addChart(
  workbook: ExcelJS.Workbook,
  sheet: ExcelJS.Worksheet,
  chart: ChartImage,
  at: number,
  title: string,
  headers: readonly string[],
  valueFormat: string,
): number {
  sheet.getCell(at, 1).value = title;
  sheet.getCell(at, 1).font = { name: FONT, size: 12, bold: true };
  const image = workbook.addImage({ buffer: Buffer.from(chart.png) as unknown as ExcelJS.Buffer, extension: 'png' });
  sheet.addImage(image, { tl: { col: 0, row: at }, ext: { width: chart.width, height: chart.height } });
  headers.forEach((text, i) => {
    const cell = sheet.getCell(at + 1, 12 + i);
    cell.value = text;
    cell.style = { font: { name: FONT, size: 11, bold: true }, border: THIN, alignment: { wrapText: true, vertical: 'middle' } };
  });
  chart.bars.forEach((bar, i) => {
    const values: ExcelJS.CellValue[] = [bar.number, bar.label, bar.value];
    values.forEach((value, j) => {
      const cell = sheet.getCell(at + 2 + i, 12 + j);
      cell.value = value;
      cell.style = {
        font: { name: FONT, size: 11, color: bar.marked ? { argb: 'FFD66F24' } : undefined },
        border: THIN,
        ...(j === 2 ? { numFmt: valueFormat } : {}),
      };
    });
  });
  const imageRows = Math.ceil(chart.height / 20) + 1;
  return at + Math.max(imageRows, chart.bars.length + 2) + 2;
}

function addChartsSheet(workbook: ExcelJS.Workbook, charts: ChartPair, lang: Lang): void {
  if (!charts.onTime && !charts.received) return;
  const sheet = workbook.addWorksheet(CHART_WORDS.sheet, { pageSetup: PAGE });
  for (let col = 1; col <= 11; col++) sheet.getColumn(col).width = 9;
  sheet.getColumn(12).width = 7;
  sheet.getColumn(13).width = 40;
  sheet.getColumn(14).width = 14;
  let at = 1;
  if (charts.onTime) {
    at = addChart(workbook, sheet, charts.onTime, at, CHART_WORDS.onTime[lang], CHART_WORDS.unitHeaders[lang], '0.0%');
    if (charts.onTime.bars.some((b) => b.marked)) {
      sheet.getCell(at - 1, 1).value = CHART_WORDS.marked[lang];
      at++;
    }
  }
  if (charts.received) addChart(workbook, sheet, charts.received, at, CHART_WORDS.received[lang], CHART_WORDS.fieldHeaders[lang], '#,##0');
}

export async function consolidatedWorkbookBuffer(input: ConsolidatedWorkbook, charts: ChartPair, lang: Lang): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'tthc-report';
  workbook.calcProperties = { fullCalcOnLoad: true };
  addAnnexSheet(workbook, input.byField);
  addAnnexSheet(workbook, { annexName: input.byUnit.name, annex: input.byUnit.layout, printTitle: input.byField.printTitle, sheets: [] });
  addChecksSheet(workbook, input);
  addChartsSheet(workbook, charts, lang);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export async function writeConsolidatedWorkbook(file: string, input: ConsolidatedWorkbook, charts: ChartPair, lang: Lang): Promise<void> {
  await fs.writeFile(file, await consolidatedWorkbookBuffer(input, charts, lang));
}
