// One annex table as cells: a layout (the form's columns and identities) filled with rows of
// counts, placed on a sheet. Every count and rate cell keeps its true value beside the value that
// is written, so that planted mistakes are known exactly.
'use strict';
const { sumCounts } = require('./counts');
const { a1, percentHalfUp } = require('./cells');
const { headerCells } = require('./header');

/**
 * spec: {
 *   layout: { columns, identities, numbering?(column, index) },
 *   origin: { row, col }            0-based top-left of the header,
 *   titles?: string[]               rows above the header, from row 0, in the table's first column,
 *   body: row[]                     { kind: 'field'|'group'|'total'|'rates'|'blank', stt?, label?, counts?, mergeLabel? },
 *   totals?: 'typed'|'formula',
 *   ratesRow?: { style, defs: { [key]: { num: key[], den: key[], readings?: {num, den}[] } } },
 *   rateColumnStyle?: 'fraction'|'points'|'text-point',
 *   countFormat?: string, footer?: string[]
 * }
 * A column: { key, path: string[], kind: 'stt'|'label'|'count'|'rate'|'note', value?(counts), zero?: 'show'|'blank',
 *             rate?: { num: key[], den: key[] } }.
 */
function buildTable(spec) {
  const { layout, origin } = spec;
  const columns = layout.columns.map((column, index) => ({ ...column, col: origin.col + index }));
  const byKey = new Map(columns.map((c) => [c.key, c]));
  const header = headerCells(
    columns.map((c) => c.path),
    origin,
  );
  let row = origin.row + header.depth;
  const numberingRow = layout.numbering ? row++ : null;

  const rows = spec.body.map((line) => ({ ...line, row: row++ }));
  assignGroups(rows);
  const fields = rows.filter((r) => r.kind === 'field');
  const groups = rows.filter((r) => r.kind === 'group');
  for (const group of groups) group.counts = sumCounts(group.members.map((m) => m.counts));
  for (const total of rows.filter((r) => r.kind === 'total')) {
    total.addends = groups.length > 0 ? groups : fields;
    total.counts = sumCounts(fields.map((f) => f.counts));
  }
  const countRows = rows.filter((r) => r.counts);
  const countColumns = columns.filter((c) => c.kind === 'count');

  const counts = new Map();
  for (const line of countRows) {
    for (const column of countColumns) {
      const truth = column.value(line.counts);
      const cell = { address: a1(line.row, column.col), row: line.row, col: column.col, key: column.key, line, truth, stated: truth, formula: null };
      if (line.kind === 'total' && spec.totals === 'formula') cell.formula = totalFormula(line, column);
      counts.set(cell.address, cell);
    }
  }
  const countAt = (line, key) => counts.get(a1(line.row, byKey.get(key).col));

  const rates = new Map();
  const addRate = (cell) => rates.set(cell.address, cell);
  const ratesLine = rows.find((r) => r.kind === 'rates');
  const totalLine = rows.find((r) => r.kind === 'total');
  if (ratesLine && spec.ratesRow) {
    for (const [key, def] of Object.entries(spec.ratesRow.defs)) {
      if (def.blank) continue;
      const cell = rateCell(ratesLine.row, byKey.get(key).col, def, (k) => countAt(totalLine, k), spec.ratesRow.style);
      if (cell) addRate(cell);
    }
  }
  for (const column of columns.filter((c) => c.kind === 'rate')) {
    for (const line of countRows) {
      const cell = rateCell(line.row, column.col, column.rate, (k) => countAt(line, k), spec.rateColumnStyle ?? 'fraction');
      if (cell) addRate(cell);
    }
  }

  const identities = [];
  for (const line of countRows) {
    for (const [parent, children] of layout.identities) {
      identities.push({
        name: `${line.label}: ${parent}=${children.join('+')}`,
        parent: countAt(line, parent).address,
        children: children.map((k) => countAt(line, k).address),
      });
    }
  }
  for (const column of countColumns) {
    for (const line of [...groups, ...rows.filter((r) => r.kind === 'total')]) {
      const addends = line.kind === 'group' ? line.members : line.addends;
      identities.push({
        name: `${line.label}: column ${column.key}`,
        parent: countAt(line, column.key).address,
        children: addends.map((m) => countAt(m, column.key).address),
      });
    }
  }
  return { spec, columns, byKey, header, numberingRow, rows, counts, rates, identities, countAt, ratesLine, totalLine };
}

/** Each group row holds the field rows under it, up to the next group or total row. */
function assignGroups(rows) {
  let current = null;
  for (const line of rows) {
    if (line.kind === 'group') {
      current = line;
      line.members = [];
    } else if (line.kind === 'field' && current) {
      current.members.push(line);
    } else if (line.kind === 'total') {
      current = null;
    }
  }
}

/** =SUM over the field rows, or the group rows added one by one. */
function totalFormula(line, column) {
  const addends = line.addends;
  const rowsOf = addends.map((a) => a.row);
  const contiguous = rowsOf.every((r, i) => i === 0 || r > rowsOf[i - 1]);
  const letter = a1(0, column.col).replace(/\d+$/, '');
  const terms = addends.map((a) => a1(a.row, column.col));
  const text = line.addends[0].kind === 'field' && contiguous ? `SUM(${letter}${rowsOf[0] + 1}:${letter}${rowsOf[rowsOf.length - 1] + 1})` : terms.join('+');
  // A SUM range also covers the blank rows between fields: they hold nothing, so the terms are the fields.
  return { text, terms };
}

/**
 * A rate cell: its true percent (half-up at the precision it shows) from the counts of `countOf`.
 * No cell when the denominator is 0: forms leave those rates blank.
 */
function rateCell(row, col, def, countOf, style) {
  const sum = (keys) => keys.reduce((s, k) => s + countOf(k).truth, 0);
  const numerator = sum(def.num);
  const denominator = sum(def.den);
  if (denominator === 0) return null;
  const exact1 = percentHalfUp(numerator, denominator, 1);
  // Whole percents (100%, 0%) are shown without a decimal, as the seed's rates row does.
  const decimals = Number.isInteger(exact1) ? 0 : 1;
  const truth = percentHalfUp(numerator, denominator, decimals);
  return {
    address: a1(row, col),
    row,
    col,
    def,
    style,
    decimals,
    num: def.num.map((k) => countOf(k).address),
    den: def.den.map((k) => countOf(k).address),
    readings: (def.readings ?? []).map((r) => ({ num: r.num.map((k) => countOf(k).address), den: r.den.map((k) => countOf(k).address) })),
    truth,
    stated: truth,
  };
}

module.exports = { buildTable };
