// Layouts of the other real forms: Biểu II.06a (alone, consolidated with group rows, without a
// totals row), the one-stop software report, the portal statistics, the provincial template, and a
// commune's own table whose fields sound like totals.
'use strict';
const { bieu06a, communeWords, oneStop, portal, provincial } = require('./forms');
const { COMMUNE_FIELDS, drawFields, fieldRows } = require('./rows');
const { sumCounts } = require('./counts');
const { standardPlants, lowered, rowForPair } = require('./standard');
const { fieldBy, fieldLines, wrongCount } = require('./plants');

const BIEU_06A_TITLES = [
  'Biểu số II.06a/VPCP/KSTT',
  'TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT TTHC TẠI TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG',
  'Kỳ báo cáo: Quý II năm 2026 (Từ ngày 15/3/2026 đến ngày 14/6/2026)',
  '- Đơn vị báo cáo: UBND xã An Phú',
  '- Đơn vị nhận báo cáo: UBND thành phố',
  'Đơn vị tính: Số hồ sơ TTHC',
  '',
];
const SIGNATURES = [['NGƯỜI LẬP BIỂU', 'THỦ TRƯỞNG ĐƠN VỊ']];

/** A plant on the row labelled `label`. */
const onRow = (label, key, how) => (t) => [wrongCount(t, fieldLines(t).find((f) => f.label === label), key, how)];
/** A count outside every sum, lowered: only its column's total can tell, so every cell of the column is a candidate. */
const outsideSums = (key) => (t) => [wrongCount(t, fieldBy(t, key, 0), key, lowered)];

function bieu06aAlone() {
  return {
    id: 'bieu06a',
    about: 'Biểu II.06a/VPCP/KSTT, 13 columns numbered 1…13, under its header lines, totals "Tổng số" merged over STT and field.',
    spec: {
      layout: bieu06a(),
      origin: { row: BIEU_06A_TITLES.length, col: 0 },
      titles: BIEU_06A_TITLES,
      body: [...fieldRows(drawFields(61, COMMUNE_FIELDS, 13)), { kind: 'total', label: 'Tổng số', labelIn: 'stt', mergeLabel: true }],
      zeros: 'show',
      footer: SIGNATURES,
    },
    plants: [
      ...standardPlants({
        count: { key: 'online', rank: 1, how: 'swap' },
        total: { key: 'early', how: (v) => v - 1 },
        pair: { keys: ['early', 'onTimeAll'] },
      }),
      { id: 'pending', apply: (t) => [wrongCount(t, fieldBy(t, 'pending', 0), 'pending', (v) => v + 2)] },
      { id: 'carried', apply: (t) => [wrongCount(t, fieldBy(t, 'carried', 0), 'carried', (v) => v + 10)] },
    ],
  };
}

const UNITS = {
  'Sở ban ngành': ['Sở Tư pháp', 'Sở Xây dựng', 'Sở Công Thương', 'Sở Tài nguyên và Môi trường', 'Sở Y tế'],
  'Huyện, thị xã, thành phố': ['UBND thành phố Huế', 'UBND thị xã Hương Thủy', 'UBND huyện Phú Vang', 'UBND huyện Quảng Điền'],
  'Xã, phường, thị trấn': ['UBND phường Thủy Xuân', 'UBND xã Phú Thượng', 'UBND thị trấn Sịa', 'UBND xã Hương Toàn', 'UBND phường An Cựu'],
};

function consolidated() {
  const body = [];
  let seed = 70;
  Object.entries(UNITS).forEach(([group, units], g) => {
    if (g === 1) body.push({ kind: 'blank' });
    body.push({ kind: 'group', stt: ['I', 'II', 'III'][g], label: group });
    body.push(...fieldRows(drawFields(seed++, units)));
  });
  body.push({ kind: 'total', label: 'TỔNG', labelIn: 'label' });
  const groupRow = (t, index) => t.rows.filter((r) => r.kind === 'group')[index];
  return {
    id: 'bieu06a-consolidated',
    about: 'Biểu II.06a consolidated: group rows "Sở ban ngành", "Huyện, thị xã, thành phố", "Xã, phường, thị trấn" (STT I–III) as subtotals of the units under them, a blank row inside, "TỔNG" at the bottom.',
    spec: {
      layout: bieu06a(),
      origin: { row: 4, col: 0 },
      titles: ['Biểu số II.06a/VPCP/KSTT', 'TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT TTHC TẠI CƠ QUAN, ĐƠN VỊ TRỰC TIẾP GIẢI QUYẾT TTHC', 'Kỳ báo cáo: Quý II năm 2024 (Từ ngày 15/3/2024 đến ngày 14/6/2024)', ''],
      body,
      zeros: 'show',
    },
    plants: [
      ...standardPlants({
        count: { key: 'early', rank: 2, how: 'swap' },
        total: { key: 'received', how: (v) => v + 100 },
        pair: { keys: ['inTimeAll', 'overdue'] },
      }),
      { id: 'group', apply: (t) => [wrongCount(t, groupRow(t, 1), 'resolved', (v) => v - 10)] },
    ],
  };
}

function withoutTotals() {
  const fields = drawFields(81, COMMUNE_FIELDS.slice(4), 9);
  const spec = {
    layout: bieu06a(),
    origin: { row: BIEU_06A_TITLES.length, col: 0 },
    titles: BIEU_06A_TITLES,
    body: fieldRows(fields),
    zeros: 'show',
    footer: SIGNATURES,
  };
  const busiest = (t) => fieldBy(t, 'received', 0);
  return {
    id: 'bieu06a-no-totals',
    about: 'Biểu II.06a without a totals row: a part lies in one identity only, so only the row tells where it went wrong.',
    spec,
    plants: [
      { id: 'consistent', apply: () => [] },
      { id: 'part', apply: (t) => [wrongCount(t, busiest(t), 'early', lowered)] },
      { id: 'parent', apply: (t) => [wrongCount(t, busiest(t), 'resolved', 'swap')] },
      {
        id: 'two-parts',
        apply: (t) => {
          const line = rowForPair(t, ['online', 'inTimeAll']);
          return [wrongCount(t, line, 'online', lowered), wrongCount(t, line, 'inTimeAll', lowered)];
        },
      },
      {
        id: 'ambiguous-total',
        verdict: 'withheld',
        warnings: ['ambiguous-total'],
        // The last row, labelled like a unit, holds the column sums: a total or a field? Asked, never guessed.
        spec: (base) => ({ ...base, body: [...base.body, { kind: 'field', label: 'Xã An Phú', counts: sumCounts(fields.map((f) => f.counts)) }] }),
        apply: () => ['last row "Xã An Phú" (no STT) holds the column sums of the fields above'],
      },
    ],
  };
}

function oneStopReport() {
  return {
    id: 'one-stop',
    about: 'One-stop software report: "Đã giải quyết" › Tổng, Trả trước hạn, Trả đúng hạn, Trả quá hạn, HS bị từ chối, HS Công dân rút; "Đang giải quyết" › Tổng, Chưa đến hạn, Quá hạn, Phải bổ sung; NVTC outside the sums; a "Tỷ lệ sớm và đúng hạn" column; numbered (1)…(15); zeros blank; offset to B5.',
    spec: {
      layout: oneStop(),
      origin: { row: 4, col: 1 },
      titles: ['TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH', 'Từ ngày 15/03/2026 đến ngày 14/06/2026', 'Đơn vị: Trung tâm Phục vụ hành chính công xã An Phú', ''],
      body: [...fieldRows(drawFields(91, COMMUNE_FIELDS, 14)), { kind: 'total', label: 'Tổng cộng', labelIn: 'label' }],
      zeros: 'blank',
      countFormat: 'General',
      rateColumnStyle: 'fraction',
    },
    plants: [
      ...standardPlants({
        count: { key: 'early', rank: 0, how: 'swap' },
        total: { key: 'pending', how: (v) => v + 5 },
        rate: { key: 'onTimeRate', column: true, rank: 1, how: -1.3 },
        pair: { keys: ['early', 'rejected'] },
        countRate: { count: { key: 'received', rank: 1, how: 'swap' }, rate: { key: 'onTimeRate', column: true, rank: 0, how: -2.1, why: 'copied from last quarter' } },
      }),
      { id: 'outside-sums', apply: outsideSums('nvtc') },
    ],
  };
}

function portalStatistics() {
  return {
    id: 'portal',
    about: 'Portal statistics (OpenCPS-style): numbering row with identities written with spaces "(3 = 4 + 5)", "(6 = 7 + 8 + 9)", "(10 = 11 + 12)", "(13 = 9 + 12)"; returned and withdrawn outside the sums; "Cộng" total.',
    spec: {
      layout: portal(),
      origin: { row: 3, col: 0 },
      titles: ['THỐNG KÊ TÌNH HÌNH GIẢI QUYẾT HỒ SƠ', 'Kỳ thống kê: từ 15/03/2026 đến 14/06/2026', ''],
      body: [...fieldRows(drawFields(101, COMMUNE_FIELDS, 12)), { kind: 'total', label: 'Cộng', labelIn: 'label' }],
      zeros: 'show',
      countFormat: 'General',
    },
    plants: [
      ...standardPlants({
        count: { key: 'onTimeAll', rank: 0, how: 'swap' },
        total: { key: 'lateAll', how: (v) => v + 3 },
        pair: { keys: ['early', 'onTimeAll'] },
      }),
      { id: 'late', apply: (t) => [wrongCount(t, fieldBy(t, 'late', 0), 'late', (v) => v + 1)] },
      { id: 'outside-sums', apply: outsideSums('rejected') },
    ],
  };
}

function provincialTemplate() {
  const fields = drawFields(111, COMMUNE_FIELDS, 12);
  const body = fieldRows(fields);
  body[1].notes = 'Liên thông với cơ quan BHXH';
  body[4].notes = 'Có hồ sơ chờ nghĩa vụ tài chính';
  return {
    id: 'provincial',
    about: 'Provincial template numbered 1…22: "Số mới tiếp nhận trực tuyến" › Mức 3, Mức 4; "Số kỳ trước chuyển qua"; "Số mới tiếp nhận" › Trực tiếp, Qua BCCI; a rate column in percent points (98,4 in General cells); counts outside the sums; notes.',
    spec: {
      layout: provincial(),
      origin: { row: 3, col: 0 },
      titles: ['TÌNH HÌNH TIẾP NHẬN VÀ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH', 'Quý II năm 2026', ''],
      body: [...body, { kind: 'total', label: 'Tổng số', labelIn: 'label' }],
      zeros: 'show',
      rateColumnStyle: 'points',
    },
    plants: [
      ...standardPlants({
        count: { key: 'level4', rank: 0, how: 'swap' },
        total: { key: 'received', how: (v) => v - 1000 },
        rate: { key: 'onTimeRate', column: true, rank: 2, how: -0.3 },
        pair: { keys: ['early', 'onTime'] },
        countRate: { count: { key: 'carried', rank: 0, how: (v) => v + 7 }, rate: { key: 'onTimeRate', column: true, rank: 1, how: -1.5 } },
      }),
      { id: 'outside-sums', apply: outsideSums('paidOnline') },
    ],
  };
}

function totalsNeighbours() {
  const names = ['Công chứng', 'Công thương', 'Hộ tịch', 'Chứng thực', 'Đất đai', 'Người có công', 'Bảo trợ xã hội', 'Lao động, tiền lương', 'Văn hóa cơ sở'];
  const rows = fieldRows(drawFields(121, names), { numbered: false });
  return {
    id: 'commune-words',
    about: 'A commune\'s own table: no STT column, no numbering row (identities from header words), fields "Công chứng" and "Công thương" (folded, "cong" like "Cộng"), blank rows inside, "Tổng cộng toàn xã", offset to B6.',
    spec: {
      layout: communeWords(),
      origin: { row: 5, col: 1 },
      titles: ['ỦY BAN NHÂN DÂN XÃ AN PHÚ', 'KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH QUÝ II NĂM 2026', '(Số liệu từ ngày 15/3/2026 đến ngày 14/6/2026)', '', ''],
      body: [...rows.slice(0, 4), { kind: 'blank' }, ...rows.slice(4), { kind: 'blank' }, { kind: 'total', label: 'Tổng cộng toàn xã', labelIn: 'label' }],
      zeros: 'show',
    },
    plants: [
      ...standardPlants({
        count: { key: 'early', rank: 3, how: 'swap' },
        total: { key: 'resolved', how: (v) => v + 20 },
        pair: { keys: ['early', 'onTimeAll'] },
      }),
      { id: 'cong-thuong', apply: onRow('Công thương', 'online', 'swap') },
      { id: 'cong-chung', apply: onRow('Công chứng', 'received', (v) => v - 10) },
    ],
  };
}

module.exports = {
  formCases: () => [bieu06aAlone(), consolidated(), withoutTotals(), oneStopReport(), portalStatistics(), provincialTemplate(), totalsNeighbours()],
};
