#!/usr/bin/env node
// Writes assets/samples/phu-luc-quy-II-2026-co-loi.xlsx: the clean sample with a few mistakes
// of the kind clerks make, for `npm run demo` and the add-in screenshot.
'use strict';
const path = require('path');
const ExcelJS = require('exceljs');

const samples = path.join(__dirname, '..', 'assets', 'samples');

async function main() {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path.join(samples, 'phu-luc-quy-II-2026.xlsx'));
  const sheet = workbook.worksheets[0];
  sheet.getCell('D5').value = 1016; // "Hộ tịch", online: digits swapped (1061)
  sheet.getCell('M9').value = 20; // "Đất đai", pending: 30 typed as 20
  sheet.getCell('H18').value = 0.975; // rate of (8): 97,6% typed as 97,5%
  sheet.getCell('C14').value = '1.922'; // "Chứng thực", received: a number stored as text
  await workbook.xlsx.writeFile(path.join(samples, 'phu-luc-quy-II-2026-co-loi.xlsx'));
}

main().catch((error) => {
  process.stderr.write(`${error.message}\n`);
  process.exitCode = 1;
});
