// Generated units' annexes for `npm run bench:consolidate`: the seed's 16-column form under the
// unit's title lines, 12 fields of consistent random counts (a fixed seed: the same files each run).
'use strict';
const ExcelJS = require('exceljs');
const { SEED_HEADER_ROWS } = require('./seed-header');

const FIELDS = [
  'Hộ tịch',
  'Thành lập và hoạt động doanh nghiệp',
  'Đường thủy nội địa',
  'Hoạt động xây dựng',
  'Đất đai',
  'Người có công',
  'Quy hoạch xây dựng, kiến trúc',
  'Hợp tác xã',
  'Bảo trợ xã hội',
  'Chứng thực',
  'Kinh doanh khí',
  'Lưu thông hàng hóa trong nước',
];
const MERGES = [
  'A4:A6',
  'B4:B6',
  'C4:F4',
  'G4:L4',
  'M4:P4',
  'C5:C6',
  'D5:E5',
  'F5:F6',
  'G5:G6',
  'H5:H6',
  'I5:I6',
  'J5:J6',
  'K5:K6',
  'L5:L6',
  'M5:M6',
  'N5:N6',
  'O5:O6',
  'P5:P6',
];

function random(seed) {
  let state = seed >>> 0;
  return (max) => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state % (max + 1);
  };
}

/**
 * The leaves (4),(5),(6),(8)…(12),(14)…(16) of each field of unit `index`: what was received is
 * what was resolved plus what is pending, as in a consistent annex.
 */
function unitLeaves(index) {
  const next = random(index * 7919 + 17);
  return FIELDS.map(() => {
    const results = Array.from({ length: 8 }, (_, i) => next(i === 0 ? 300 : 40));
    const received = results.reduce((a, b) => a + b, 0);
    const carried = next(Math.floor(received / 10));
    const online = next(received - carried);
    return [online, received - carried - online, carried, ...results];
  });
}

function row(leaves) {
  const [online, direct, carried, early, onTime, late, rejected, withdrawn, inTime, overdue, supplement] = leaves;
  return [
    online + direct + carried,
    online,
    direct,
    carried,
    early + onTime + late + rejected + withdrawn,
    early,
    onTime,
    late,
    rejected,
    withdrawn,
    inTime + overdue + supplement,
    inTime,
    overdue,
    supplement,
  ];
}

function unitName(index) {
  return `XÃ PHÚ ${String(index + 1).padStart(4, '0')}`;
}

async function unitWorkbookBuffer(index) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Phụ lục');
  sheet.addRow([`UBND ${unitName(index)}`]);
  sheet.addRow(['KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH QUÝ II NĂM 2026']);
  sheet.addRow(['(Số liệu tính từ ngày 15/3 đến hết ngày 14/6/2026)']);
  for (const line of SEED_HEADER_ROWS) sheet.addRow(line.map((t) => (t === '' ? null : t)));
  const leaves = unitLeaves(index);
  const totals = new Array(14).fill(0);
  FIELDS.forEach((name, i) => {
    const values = row(leaves[i]);
    values.forEach((v, c) => (totals[c] += v));
    sheet.addRow([i + 1, name, ...values]);
  });
  sheet.addRow(['Tổng cộng', null, ...totals]);
  for (const merge of MERGES) sheet.mergeCells(merge);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

module.exports = { FIELDS, unitLeaves, unitWorkbookBuffer, unitName, row };
