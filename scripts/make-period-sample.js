#!/usr/bin/env node
// Writes assets/samples/so-theo-doi-2026.xlsx: one unit's quý I and quý II 2026 as two sheets
// (titles naming each period), quý II being the clean sample and quý I made up so that what it
// leaves pending is what quý II carries over — for `npm run demo` (validate --periods, cumulate,
// narrative --previous) and the README.
'use strict';
const path = require('path');
const ExcelJS = require('exceljs');

const samples = path.join(__dirname, '..', 'assets', 'samples');
const TITLES = {
  'Quý I': ['UBND XÃ AN PHÚ', 'KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH QUÝ I NĂM 2026', '(Số liệu tính từ ngày 15/12/2025 đến hết ngày 14/3/2026)'],
  'Quý II': ['UBND XÃ AN PHÚ', 'KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH QUÝ II NĂM 2026', '(Số liệu tính từ ngày 15/3 đến hết ngày 14/6/2026)'],
};

/** Quý I by field: (4) online, (6) carried from quý IV 2025, (8) early, (11) rejected, (12) withdrawn, (14) in time, (16) supplement. */
const Q1 = [
  [940, 7, 925, 9, 8, 0, 5],
  [240, 0, 240, 0, 0, 0, 0],
  [0, 0, 0, 0, 0, 0, 0],
  [5, 1, 6, 0, 0, 0, 0],
  [120, 10, 117, 0, 0, 10, 3],
  [30, 0, 30, 0, 0, 0, 0],
  [0, 0, 0, 0, 0, 0, 0],
  [4, 0, 4, 0, 0, 0, 0],
  [98, 2, 100, 0, 0, 0, 0],
  [1700, 0, 1690, 5, 4, 0, 1],
  [0, 0, 0, 0, 0, 0, 0],
  [3, 0, 3, 0, 0, 0, 0],
];

/** Columns C…P of a field row (3)…(16), blanks where the sample leaves zeros blank. */
function q1Row([online, carried, early, rejected, withdrawn, inTime, supplement]) {
  const resolved = early + rejected + withdrawn;
  const pending = inTime + supplement;
  const blank = (n) => (n === 0 ? null : n);
  return [
    online + carried,
    online,
    null,
    blank(carried),
    resolved,
    early,
    null,
    null,
    blank(rejected),
    blank(withdrawn),
    pending,
    blank(inTime),
    null,
    blank(supplement),
  ];
}

function copySheet(target, source, titles, replaceBody) {
  titles.forEach((text, i) => {
    target.getCell(i + 1, 1).value = text;
    target.mergeCells(i + 1, 1, i + 1, 16);
    target.getCell(i + 1, 1).alignment = { horizontal: 'center' };
    target.getCell(i + 1, 1).font = { bold: true };
  });
  const offset = titles.length + 1;
  source.eachRow({ includeEmpty: true }, (row, r) => {
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      const to = target.getCell(r + offset, c);
      to.value = cell.isMerged && cell.master !== cell ? null : cell.value;
      to.numFmt = cell.numFmt;
      to.style = { ...cell.style };
    });
  });
  for (const merge of source.model.merges) {
    const [a, b] = merge.split(':').map((ref) => ref.replace(/\d+/, (n) => String(Number(n) + offset)));
    target.mergeCells(`${a}:${b}`);
  }
  target.columns.forEach((column, i) => (column.width = source.getColumn(i + 1).width));
  if (replaceBody) replaceBody(target, offset);
}

function writeQ1Body(sheet, offset) {
  const rows = Q1.map(q1Row);
  rows.forEach((values, i) => values.forEach((v, c) => (sheet.getCell(5 + i + offset, 3 + c).value = v)));
  const totals = Array.from({ length: 14 }, (_, c) => rows.reduce((sum, row) => sum + (row[c] ?? 0), 0));
  totals.forEach((v, c) => (sheet.getCell(17 + offset, 3 + c).value = v));
  // The rates row as the sample writes it: (4) over (4)+(5), (5) and (6) blank, the rest over (3).
  totals.forEach((v, c) => {
    const cell = sheet.getCell(18 + offset, 3 + c);
    if (c === 2 || c === 3) cell.value = null;
    else cell.value = c === 1 ? v / (totals[1] + totals[2]) : v / totals[0];
  });
}

async function main() {
  const sample = new ExcelJS.Workbook();
  await sample.xlsx.readFile(path.join(samples, 'phu-luc-quy-II-2026.xlsx'));
  const source = sample.worksheets[0];
  const book = new ExcelJS.Workbook();
  copySheet(book.addWorksheet('Quý I'), source, TITLES['Quý I'], writeQ1Body);
  copySheet(book.addWorksheet('Quý II'), source, TITLES['Quý II']);
  await book.xlsx.writeFile(path.join(samples, 'so-theo-doi-2026.xlsx'));
}

main().catch((error) => {
  process.stderr.write(`${error.message}\n`);
  process.exitCode = 1;
});
