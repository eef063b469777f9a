// The set of plants every layout gets: consistent, a wrong count, a wrong typed total, a wrong
// rate, two mistakes in one row, a wrong count plus a wrong rate elsewhere.
'use strict';
const { fieldBy, fieldLines, rateAt, wrongCount, wrongRate } = require('./plants');

/** A count lowered the way a slip of the hand does it: a tenth less, or one less for small counts. */
const lowered = (v) => (v >= 10 ? Math.floor(v * 0.9) : v - 1);

/** The field row where the smallest of `keys` is largest: both cells can be lowered. */
function rowForPair(table, keys) {
  const score = (line) => Math.min(...keys.map((k) => table.countAt(line, k).truth));
  return [...fieldLines(table)].sort((a, b) => score(b) - score(a) || a.row - b.row)[0];
}

function rateValue(cell, how) {
  if (typeof how === 'number') return Number((cell.truth + how).toFixed(1));
  return how(cell.truth);
}

/** The rate cell a plant aims at: on the rates row, or in a rate column on a busy field row. */
function targetRate(table, spec) {
  if (spec.column) return rateAt(table, spec.key, fieldBy(table, spec.rowBy ?? 'received', spec.rank ?? 0));
  return rateAt(table, spec.key);
}

/** Dossiers counted in the wrong column of their row: the row still adds up, only the column totals can tell. */
function movedPlant([from, to]) {
  return {
    id: 'moved',
    open: true,
    apply: (t) => {
      const line = fieldBy(t, from, 0);
      const amount = Math.min(10, t.countAt(line, from).truth);
      return [wrongCount(t, line, from, (v) => v - amount), wrongCount(t, line, to, (v) => v + amount)];
    },
  };
}

/**
 * o: { count: { key, rank?, how? }, total: { key, how }, rate?: { key, how, why?, column? },
 *      pair: { keys: [a, b] } (two parts of one identity), twoInRow?: { keys }, moved?: { keys: [from, to] }, countRate?: { count: { key, rank?, how? }, rate: {…} } }
 */
function standardPlants(o) {
  const plants = [
    { id: 'consistent', apply: () => [] },
    {
      id: 'count',
      apply: (t) => [wrongCount(t, fieldBy(t, o.count.key, o.count.rank ?? 0), o.count.key, o.count.how ?? 'swap')],
    },
    {
      id: 'total',
      apply: (t) => [wrongCount(t, t.totalLine, o.total.key, o.total.how)],
    },
    {
      id: 'pair',
      apply: (t) => {
        const line = rowForPair(t, o.pair.keys);
        return o.pair.keys.map((key) => wrongCount(t, line, key, lowered));
      },
    },
  ];
  if (o.twoInRow) {
    // Two mistakes in one row under different identities: each has its own culprit.
    plants.push({
      id: 'two-in-row',
      apply: (t) => {
        const line = rowForPair(t, o.twoInRow.keys);
        return o.twoInRow.keys.map((key) => wrongCount(t, line, key, 'swap'));
      },
    });
  }
  if (o.moved) plants.push(movedPlant(o.moved.keys));
  if (o.rate) {
    plants.push({ id: 'rate', apply: (t) => [wrongRate(targetRate(t, o.rate), rateValue(targetRate(t, o.rate), o.rate.how), o.rate.why)] });
  }
  if (o.countRate) {
    const { count, rate } = o.countRate;
    plants.push({
      id: 'count-rate',
      apply: (t) => {
        const planted = [wrongCount(t, fieldBy(t, count.key, count.rank ?? 0), count.key, count.how ?? 'swap')];
        const cell = targetRate(t, rate);
        planted.push(wrongRate(cell, rateValue(cell, rate.how), rate.why));
        return planted;
      },
    });
  }
  return plants;
}

/** A plant on the row labelled `label`. */
const onRow = (label, key, how) => (t) => [
  wrongCount(
    t,
    fieldLines(t).find((f) => f.label === label),
    key,
    how,
  ),
];
/** A count outside every sum, lowered: only its column's total can tell, so every cell of the column is a candidate. */
const outsideSums = (key) => (t) => [wrongCount(t, fieldBy(t, key, 0), key, lowered)];

module.exports = { standardPlants, movedPlant, lowered, rowForPair, onRow, outsideSums };
