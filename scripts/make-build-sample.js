#!/usr/bin/env node
// Writes the fictional sample exports for `tthc-report build` (assets/samples/ho-so-*.{csv,xlsx}):
// a provincial one-stop CSV with every dossier and the national portal's .xlsx with the online
// ones, overlapping, a few disagreeing, and a few rows a clerk must fix. Deterministic.
'use strict';
const fs = require('fs');
const path = require('path');
const ExcelJS = require('exceljs');
const { generateDossiers, oneStopCsv, portalRows, dayOf } = require('./lib/dossier-exports');

async function main() {
  const out = path.join(__dirname, '..', 'assets', 'samples');
  const dossiers = generateDossiers({ count: 420, firstDay: dayOf(2026, 2, 1), lastDay: dayOf(2026, 6, 25), asOf: dayOf(2026, 6, 30), seed: 2026 });
  // The one-stop system lags behind the portal for a few online dossiers: still "processing" there.
  const oneStop = dossiers.map((d, i) => (d.online && d.ended !== null && i % 53 === 0 ? { ...d, status: 'Đang xử lý', ended: null } : d));
  let csv = oneStopCsv(oneStop);
  // Rows a clerk has to fix, each reported with its line and reason.
  csv += '421;;Đăng ký khai sinh;Hộ tịch;Trực tiếp;02/04/2026 08:10:00;07/04/2026;;Đang xử lý\r\n';
  csv += '422;AP.260405.90001;Chứng thực chữ ký;Chứng thực;Trực tiếp;31/02/2026 09:00:00;31/02/2026;;Đang xử lý\r\n';
  csv += '423;AP.260406.90002;Đăng ký kết hôn;Hộ tịch;Trực tuyến;06/04/2026 10:00:00;09/04/2026;;Lưu nháp\r\n';
  csv +=
    '424;AP.260407.90003;"=HYPERLINK(""http://example.invalid"";""Đăng ký khai sinh"")";Hộ tịch;Trực tiếp;07/04/2026 14:00:00;10/04/2026;09/04/2026 15:00:00;Đã trả kết quả\r\n';
  fs.writeFileSync(path.join(out, 'ho-so-mot-cua-quy-II-2026.csv'), csv);

  const online = dossiers.filter((d, i) => d.online && i % 5 !== 0);
  const { header, rows } = portalRows(online);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'tthc-report sample (fictional data)';
  const sheet = workbook.addWorksheet('DanhSachHoSo');
  sheet.addRow(['DANH SÁCH HỒ SƠ — CỔNG DỊCH VỤ CÔNG QUỐC GIA (DỮ LIỆU MẪU, HƯ CẤU)']);
  sheet.addRow([]);
  sheet.addRow(header).font = { bold: true };
  rows.forEach((values, i) => {
    // Some codes are written with spaces and lower case: still the same dossier.
    const code = i % 11 === 0 ? values[0].replace('.', ' .') : values[0].toUpperCase();
    const row = sheet.addRow([code, ...values.slice(1).map((v) => (v && typeof v === 'object' ? new Date(Math.round((v.date - 25569) * 86400000)) : v))]);
    [7, 8, 10].forEach((col) => (row.getCell(col).numFmt = 'dd/mm/yyyy hh:mm'));
  });
  [22, 12, 40, 30, 12, 18, 16, 16, 18, 16].forEach((width, i) => (sheet.getColumn(i + 1).width = width));
  await workbook.xlsx.writeFile(path.join(out, 'ho-so-dvcqg-quy-II-2026.xlsx'));
  process.stdout.write(`one-stop: ${oneStop.length + 4} rows, portal: ${rows.length} rows\n`);
}

main();
