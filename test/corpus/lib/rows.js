// Rows of counts for the corpus: the seed's own fields, and drawn fields, units and months.
'use strict';
const { drawCounts, makeRandom, sumCounts } = require('./counts');

const ZERO = {
  online: 0,
  direct: 0,
  carried: 0,
  early: 0,
  onTime: 0,
  late: 0,
  rejected: 0,
  withdrawn: 0,
  inTime: 0,
  overdue: 0,
  supplement: 0,
  nvtc: 0,
  apology: 0,
  paidOnline: 0,
  bcci: 0,
  counter: 0,
  level3: 0,
  level4: 0,
};

function seedRow(name, parts) {
  const c = { ...ZERO, ...parts };
  c.counter = c.direct;
  c.level4 = c.online;
  return { name, counts: sumCounts([c]) };
}

/** The seed annex (../shared/seed/bao-cao-quy-II-2026.txt), by meaning. */
const SEED_FIELDS = [
  seedRow('Hộ tịch', { online: 1061, carried: 5, early: 1043, rejected: 10, withdrawn: 9, supplement: 4 }),
  seedRow('Thành lập và hoạt động doanh nghiệp (hộ kinh doanh)', { online: 276, early: 276 }),
  seedRow('Đường thủy nội địa', {}),
  seedRow('Hoạt động xây dựng', { online: 8, early: 6, inTime: 2 }),
  seedRow('Đất đai', { online: 130, carried: 13, early: 113, inTime: 25, supplement: 5 }),
  seedRow('Người có công', { online: 36, early: 35, inTime: 1 }),
  seedRow('Quy hoạch xây dựng, kiến trúc', {}),
  seedRow('Thành lập và hoạt động của tổ hợp tác, hợp tác xã, liên hiệp hợp tác xã', { online: 6, early: 6 }),
  seedRow('Bảo trợ xã hội', { online: 116, early: 97, inTime: 19 }),
  seedRow('Chứng thực', { online: 1921, carried: 1, early: 1910, rejected: 7, withdrawn: 4, supplement: 1 }),
  seedRow('Kinh doanh khí', {}),
  seedRow('Lưu thông hàng hóa trong nước', { online: 2, early: 2 }),
];

const COMMUNE_FIELDS = [
  'Hộ tịch',
  'Chứng thực',
  'Đất đai',
  'Bảo trợ xã hội',
  'Người có công',
  'Hoạt động xây dựng',
  'Thành lập và hoạt động doanh nghiệp (hộ kinh doanh)',
  'Lưu thông hàng hóa trong nước',
  'Nuôi con nuôi',
  'Thi đua, khen thưởng',
  'Văn hóa cơ sở',
  'Giáo dục và Đào tạo',
  'Trồng trọt',
  'Môi trường',
  'Tôn giáo',
  'Giải quyết khiếu nại',
  'Đường bộ',
  'Thủy lợi',
  'Tài nguyên nước',
  'Phòng, chống thiên tai',
];

/** `n` fields with drawn counts; the first two always busy, so that every plant has a place to go. */
function drawFields(seed, names, n = names.length) {
  const random = makeRandom(seed);
  return names.slice(0, n).map((name, i) => ({ name, counts: drawCounts(random, i < 2 ? { received: [400, 1900] } : {}) }));
}

/** Months of a quarter or half-year, each the sum of a month of the centre's fields. */
function drawMonths(seed, labels) {
  const random = makeRandom(seed);
  return labels.map((name) => ({ name, counts: sumCounts(Array.from({ length: 9 }, (_, i) => drawCounts(random, i < 2 ? { received: [150, 600] } : {}))) }));
}

/** Field rows numbered 1, 2, 3 … */
const fieldRows = (fields, { numbered = true, from = 1 } = {}) =>
  fields.map((f, i) => ({ kind: 'field', stt: numbered ? String(from + i) : undefined, label: f.name, counts: f.counts }));

module.exports = { SEED_FIELDS, COMMUNE_FIELDS, drawFields, drawMonths, fieldRows };
