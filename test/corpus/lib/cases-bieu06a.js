// Biểu II.06a/VPCP/KSTT in its real shapes: alone under its header lines, with its totals row
// first, consolidated with group rows (numbered I–III, or unnumbered), and without a totals row.
'use strict';
const { bieu06a, BIEU_06A_TITLES, SIGNATURES } = require('./forms');
const { COMMUNE_FIELDS, drawFields, fieldRows } = require('./rows');
const { sumCounts } = require('./counts');
const { standardPlants, movedPlant, lowered, rowForPair } = require('./standard');
const { fieldBy, wrongCount } = require('./plants');

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
        moved: { keys: ['online', 'direct'] },
      }),
      { id: 'pending', apply: (t) => [wrongCount(t, fieldBy(t, 'pending', 0), 'pending', (v) => v + 2)] },
      { id: 'carried', apply: (t) => [wrongCount(t, fieldBy(t, 'carried', 0), 'carried', (v) => v + 10)] },
    ],
  };
}

function bieu06aTotalsFirst() {
  return {
    id: 'bieu06a-top',
    about: 'Biểu II.06a with its "TỔNG SỐ" row first, right under the numbering row 1…13, and no rates row.',
    spec: {
      layout: bieu06a(),
      origin: { row: 3, col: 0 },
      titles: ['Biểu số II.06a/VPCP/KSTT', 'TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT TTHC TẠI TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG — QUÝ II NĂM 2026', ''],
      body: [{ kind: 'total', label: 'TỔNG SỐ', labelIn: 'label' }, ...fieldRows(drawFields(151, COMMUNE_FIELDS.slice(2), 10))],
      zeros: 'show',
      footer: SIGNATURES,
    },
    plants: [
      { id: 'consistent', apply: () => [] },
      { id: 'count', apply: (t) => [wrongCount(t, fieldBy(t, 'early', 1), 'early', 'swap')] },
      { id: 'total', apply: (t) => [wrongCount(t, t.totalLine, 'pending', (v) => v - 10)] },
      movedPlant(['inTimeAll', 'overdue']),
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
    about:
      'Biểu II.06a consolidated: group rows "Sở ban ngành", "Huyện, thị xã, thành phố", "Xã, phường, thị trấn" (STT I–III) as subtotals of the units under them, a blank row inside, "TỔNG" at the bottom.',
    spec: {
      layout: bieu06a(),
      origin: { row: 4, col: 0 },
      titles: [
        'Biểu số II.06a/VPCP/KSTT',
        'TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT TTHC TẠI CƠ QUAN, ĐƠN VỊ TRỰC TIẾP GIẢI QUYẾT TTHC',
        'Kỳ báo cáo: Quý II năm 2024 (Từ ngày 15/3/2024 đến ngày 14/6/2024)',
        '',
      ],
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

/** Consolidated, the group rows unnumbered (only their words say what they are), the units numbered on through the groups. */
function consolidatedUnnumbered() {
  const body = [];
  let seed = 130;
  let next = 1;
  for (const [group, units] of Object.entries(UNITS)) {
    body.push({ kind: 'group', label: group });
    body.push(...fieldRows(drawFields(seed++, units), { from: next }));
    next += units.length;
  }
  body.push({ kind: 'total', label: 'Tổng cộng', labelIn: 'label' });
  return {
    id: 'bieu06a-groups',
    about:
      'Biểu II.06a consolidated with the group rows "Sở ban ngành", "Huyện, thị xã, thành phố", "Xã, phường, thị trấn" unnumbered, units numbered 1…14 through the groups, "Tổng cộng" at the bottom.',
    spec: {
      layout: bieu06a(),
      origin: { row: 3, col: 0 },
      titles: ['TỔNG HỢP TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT TTHC TOÀN TỈNH', 'Quý II năm 2024', ''],
      body,
      zeros: 'show',
    },
    plants: [
      { id: 'consistent', apply: () => [] },
      { id: 'count', apply: (t) => [wrongCount(t, fieldBy(t, 'online', 3), 'online', 'swap')] },
      { id: 'group', apply: (t) => [wrongCount(t, t.rows.filter((r) => r.kind === 'group')[2], 'pending', (v) => v + 4)] },
      { id: 'total', apply: (t) => [wrongCount(t, t.totalLine, 'late', (v) => v + 1)] },
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
        spec: (base) => ({
          ...base,
          body: [...base.body, { kind: 'field', label: 'Xã An Phú', unsure: true, counts: sumCounts(fields.map((f) => f.counts)) }],
        }),
        apply: () => ['last row "Xã An Phú" (no STT) holds the column sums of the fields above'],
      },
    ],
  };
}

module.exports = {
  bieu06aCases: () => [bieu06aAlone(), bieu06aTotalsFirst(), consolidated(), consolidatedUnnumbered(), withoutTotals()],
};
