// Writes one table onto an exceljs worksheet as a clerk's workbook holds it: titles, merged
// header, numbering row, rows of counts (typed or =SUM), rates, the signature lines.
'use strict';
const { a1, renderRate } = require('./cells');

/** The value a count cell holds: its typed value, or the result of its formula. */
function countValue(table, cell) {
  if (!cell.formula) return cell.stated;
  return cell.formula.terms.reduce((sum, address) => sum + countValue(table, table.counts.get(address)), 0);
}

/** Whether a zero in this cell is printed (else left blank), by the form's habit. */
function showsZero(table, cell) {
  const zeros = table.spec.zeros ?? 'seed';
  if (zeros === 'show') return true;
  if (zeros === 'blank') return false;
  // The seed prints 0 for the group totals and in the totals row, and leaves zero parts blank.
  if (cell.line.kind !== 'field') return true;
  return table.spec.layout.identities.some(([parent]) => parent === cell.key);
}

function writeCount(sheet, table, cell) {
  const target = sheet.getCell(cell.address);
  const value = countValue(table, cell);
  if (cell.formula) target.value = { formula: cell.formula.text, result: value };
  else if (cell.stated === 0 && !showsZero(table, cell)) return;
  else target.value = cell.stated;
  target.numFmt = table.spec.countFormat ?? '#,##0';
}

function writeRate(sheet, cell) {
  if (cell.stated === null) return;
  const shown = renderRate(cell.stated, cell.decimals, cell.style);
  const target = sheet.getCell(cell.address);
  target.value = shown.value;
  if (shown.numFmt) target.numFmt = shown.numFmt;
}

function writeLabels(sheet, table, line) {
  const stt = table.columns.find((c) => c.kind === 'stt');
  const label = table.columns.find((c) => c.kind === 'label');
  const notes = table.columns.find((c) => c.kind === 'note');
  if (notes && line.notes) sheet.getCell(a1(line.row, notes.col)).value = line.notes;
  if (line.kind === 'field' || line.kind === 'group') {
    if (stt && line.stt !== undefined) sheet.getCell(a1(line.row, stt.col)).value = /^\d+$/.test(line.stt) ? Number(line.stt) : line.stt;
    sheet.getCell(a1(line.row, label.col)).value = line.label;
    return;
  }
  const into = line.labelIn === 'stt' && stt ? stt : label;
  sheet.getCell(a1(line.row, into.col)).value = line.label;
  if (line.mergeLabel && stt) sheet.mergeCells(line.row + 1, stt.col + 1, line.row + 1, label.col + 1);
}

function renderTable(workbook, table) {
  const { spec } = table;
  const sheet = workbook.addWorksheet(spec.sheetName ?? 'Phụ lục');
  const left = table.columns[0].col;
  const right = table.columns[table.columns.length - 1].col;
  (spec.titles ?? []).forEach((text, row) => {
    if (text === '') return;
    sheet.getCell(a1(row, left)).value = text;
    if (spec.mergeTitles) sheet.mergeCells(row + 1, left + 1, row + 1, right + 1);
  });
  for (const cell of table.header.cells) sheet.getCell(a1(cell.row, cell.col)).value = cell.text;
  for (const m of table.header.merges) sheet.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  if (table.numberingRow !== null) {
    table.columns.forEach((column, index) => {
      const text = spec.layout.numbering(column, index);
      if (text !== null) sheet.getCell(a1(table.numberingRow, column.col)).value = text;
    });
  }
  for (const line of table.rows) if (line.kind !== 'blank') writeLabels(sheet, table, line);
  for (const cell of table.counts.values()) writeCount(sheet, table, cell);
  for (const cell of table.rates.values()) writeRate(sheet, cell);
  const last = Math.max(...table.rows.map((r) => r.row));
  (spec.footer ?? []).forEach((line, i) => {
    line.forEach((text, j) => {
      if (text) sheet.getCell(a1(last + 3 + i, left + j * 6 + 1)).value = text;
    });
  });
  table.columns.forEach((column) => {
    sheet.getColumn(column.col + 1).width = column.kind === 'label' ? 34 : column.kind === 'stt' ? 6 : 11;
  });
  return sheet;
}

module.exports = { renderTable, countValue };
