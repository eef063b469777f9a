// Layouts on the seed's 16 columns: the sample itself, totals on top, formula totals offset on the
// sheet with rates as text, months as rows closed by "Cộng quý II", a half-year closed by "Cộng 6 tháng".
'use strict';
const { seed16, seedRates } = require('./forms');
const { SEED_FIELDS, COMMUNE_FIELDS, drawFields, drawMonths, fieldRows } = require('./rows');
const { standardPlants, lowered } = require('./standard');
const { fieldBy, wrongCount } = require('./plants');

const SIGNATURES = [['NGƯỜI LẬP BIỂU', 'TRƯỞNG BỘ PHẬN']];

function seedSample() {
  return {
    id: 'seed16',
    about: "The seed's annex as the sample holds it: 16 columns, numbering row with identities, totals and rates (0.0%) at the bottom.",
    spec: {
      layout: seed16({ words: 'seed' }),
      origin: { row: 0, col: 0 },
      body: [...fieldRows(SEED_FIELDS), { kind: 'total', label: 'Tổng cộng', labelIn: 'stt' }, { kind: 'rates', label: 'Tỷ lệ:', labelIn: 'stt' }],
      ratesRow: { style: 'fraction', defs: seedRates() },
    },
    plants: standardPlants({
      count: { key: 'online', rank: 1, how: 'swap' },
      total: { key: 'pending', how: 67 },
      rate: { key: 'early', how: -0.1 },
      pair: { keys: ['rejected', 'withdrawn'] },
      moved: { keys: ['early', 'onTime'] },
      countRate: { count: { key: 'received', rank: 0, how: 'swap' }, rate: { key: 'pending', how: 0.1, why: 'the issue: 1,7% where 57/3.575 = 1,6%' } },
    }),
  };
}

function totalsOnTop() {
  return {
    id: 'seed16-top',
    about: 'Seed columns with the "Tổng cộng" row right under the numbering row, the "Tỷ lệ" row under it, then the fields.',
    spec: {
      layout: seed16(),
      origin: { row: 3, col: 0 },
      titles: ['PHỤ LỤC', 'KẾT QUẢ TIẾP NHẬN VÀ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH QUÝ II NĂM 2026', ''],
      mergeTitles: true,
      body: [
        { kind: 'total', label: 'Tổng cộng', labelIn: 'label' },
        { kind: 'rates', label: 'Tỷ lệ', labelIn: 'label' },
        ...fieldRows(drawFields(21, COMMUNE_FIELDS, 11)),
      ],
      ratesRow: { style: 'fraction', defs: seedRates() },
      footer: SIGNATURES,
    },
    plants: standardPlants({
      count: { key: 'early', rank: 1, how: 'swap' },
      total: { key: 'received', how: (v) => v - 100 },
      rate: { key: 'resolved', how: 0.1 },
      pair: { keys: ['inTime', 'supplement'] },
      twoInRow: { keys: ['online', 'inTime'] },
      moved: { keys: ['online', 'direct'] },
      countRate: { count: { key: 'received', rank: 1, how: (v) => v + 9 }, rate: { key: 'early', how: -1.2, why: 'copied from last quarter' } },
    }),
  };
}

function formulaTotals() {
  const plants = standardPlants({
    count: { key: 'pending', rank: 0, how: (v) => v + 12 },
    total: { key: 'resolved', how: (v) => v + 10 },
    rate: { key: 'resolved', how: 0.2 },
    pair: { keys: ['early', 'withdrawn'] },
    countRate: { count: { key: 'received', rank: 1, how: 'swap' }, rate: { key: 'inTime', how: -0.6 } },
  });
  plants.push({
    id: 'part',
    apply: (t) => [wrongCount(t, fieldBy(t, 'onTime', 0), 'onTime', lowered)],
  });
  return {
    id: 'seed16-formula',
    about: 'Seed columns offset to C5 under titles, the totals row as =SUM formulas, rates typed as text with a point ("98.4%").',
    spec: {
      layout: seed16(),
      origin: { row: 4, col: 2 },
      titles: ['PHỤ LỤC', 'KẾT QUẢ TIẾP NHẬN, GIẢI QUYẾT TTHC QUÝ II NĂM 2026', '(Kèm theo Báo cáo số      /BC-UBND ngày    /6/2026)', ''],
      body: [
        ...fieldRows(drawFields(33, COMMUNE_FIELDS, 12)),
        { kind: 'total', label: 'Tổng cộng', labelIn: 'stt', mergeLabel: true },
        { kind: 'rates', label: 'Tỷ lệ (%)', labelIn: 'stt', mergeLabel: true },
      ],
      totals: 'formula',
      ratesRow: { style: 'text-point', defs: seedRates() },
      footer: SIGNATURES,
    },
    plants,
  };
}

function monthsAsRows() {
  return {
    id: 'months',
    about: 'Months as rows: "Tháng 4", "Tháng 5", "Tháng 6" closed by "Cộng quý II", rates as text with a comma ("98,4%").',
    spec: {
      layout: seed16({ fieldHeader: 'Tháng' }),
      origin: { row: 3, col: 0 },
      titles: ['TỔNG HỢP KẾT QUẢ GIẢI QUYẾT TTHC THEO THÁNG', 'Quý II năm 2026 (từ ngày 15/3/2026 đến ngày 14/6/2026)', ''],
      body: [
        ...fieldRows(drawMonths(45, ['Tháng 4', 'Tháng 5', 'Tháng 6'])),
        { kind: 'total', label: 'Cộng quý II', labelIn: 'label' },
        { kind: 'rates', label: 'Tỷ lệ', labelIn: 'label' },
      ],
      ratesRow: { style: 'text-comma', defs: seedRates() },
    },
    plants: standardPlants({
      count: { key: 'online', rank: 1, how: 'swap' },
      total: { key: 'resolved', how: (v) => v - 90 },
      rate: { key: 'resolved', how: -0.3 },
      pair: { keys: ['early', 'rejected'] },
      twoInRow: { keys: ['early', 'supplement'] },
      moved: { keys: ['inTime', 'supplement'] },
      countRate: { count: { key: 'carried', rank: 0, how: (v) => v + 10 }, rate: { key: 'pending', how: 0.2 } },
    }),
  };
}

function halfYear() {
  const labels = ['Tháng 1', 'Tháng 2', 'Tháng 3', 'Tháng 4', 'Tháng 5', 'Tháng 6'];
  const plants = standardPlants({
    count: { key: 'inTime', rank: 2, how: 'swap' },
    total: { key: 'online', how: (v) => v + 1000 },
    rate: { key: 'early', how: -0.4, why: 'percent points in a General cell' },
    pair: { keys: ['online', 'carried'] },
    countRate: { count: { key: 'resolved', rank: 0, how: (v) => v - 20 }, rate: { key: 'pending', how: 0.3 } },
  });
  return {
    id: 'half-year',
    about: 'Six months as rows closed by "Cộng 6 tháng", rates as percent points (98,4) in General cells.',
    spec: {
      layout: seed16({ fieldHeader: 'Tháng' }),
      origin: { row: 2, col: 0 },
      titles: ['KẾT QUẢ GIẢI QUYẾT TTHC 6 THÁNG ĐẦU NĂM 2026', ''],
      body: [
        ...fieldRows(drawMonths(57, labels)),
        { kind: 'total', label: 'Cộng 6 tháng', labelIn: 'label' },
        { kind: 'rates', label: 'Tỷ lệ (%)', labelIn: 'label' },
      ],
      ratesRow: { style: 'points', defs: seedRates() },
    },
    plants,
  };
}

module.exports = { seedCases: () => [seedSample(), totalsOnTop(), formulaTotals(), monthsAsRows(), halfYear()] };
