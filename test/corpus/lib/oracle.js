// The expected findings of a table, from what was planted and from the form's identities alone.
// Unknowns are the typed count cells (a formula follows its inputs and is never wrong by itself);
// every identity is written over them, and a planted mistake is named only when the identities
// determine it:
// - one cell whose single correction closes every failing identity of its cluster and moves no
//   identity that holds → culprit, with its true value;
// - several such cells → undecided, the candidates being exactly those cells;
// - no single cell but exactly one pair (two mistakes in one row) → undecided, with the pair's values;
// - counts moved between two columns of a row (the row still adds up) → undecided, no candidates fixed.
// The brief's definition of the candidates (the cells of the failing identities that no passing
// identity confirms) is computed too; a plant where the two disagree is refused, so that the
// oracle never depends on which definition an engine chose.
'use strict';
const { percentHalfUp, renderRate } = require('./cells');
const { countValue } = require('./render');

function expand(table, address, into = new Map(), sign = 1) {
  const cell = table.counts.get(address);
  if (!cell) throw new Error(`no count cell ${address}`);
  if (!cell.formula) into.set(address, (into.get(address) ?? 0) + sign);
  else for (const term of cell.formula.terms) expand(table, term, into, sign);
  return into;
}

/** Each identity as coefficients over typed cells, with its residual as written and as true. */
function equations(table) {
  const result = [];
  for (const identity of table.identities) {
    const terms = expand(table, identity.parent);
    for (const child of identity.children) expand(table, child, terms, -1);
    for (const [address, coefficient] of terms) if (coefficient === 0) terms.delete(address);
    if (terms.size === 0) continue; // a =SUM total against its own range: holds by construction
    let residual = 0;
    let truth = 0;
    for (const [address, coefficient] of terms) {
      const cell = table.counts.get(address);
      residual += coefficient * cell.stated;
      truth += coefficient * cell.truth;
    }
    if (truth !== 0) throw new Error(`the true table breaks ${identity.name}`);
    result.push({ name: identity.name, terms, residual });
  }
  return result;
}

function clusters(failing) {
  const parent = failing.map((_, i) => i);
  const root = (i) => (parent[i] === i ? i : (parent[i] = root(parent[i])));
  const owner = new Map();
  failing.forEach((eq, i) => {
    for (const address of eq.terms.keys()) {
      if (owner.has(address)) parent[root(i)] = root(owner.get(address));
      else owner.set(address, i);
    }
  });
  const groups = new Map();
  failing.forEach((eq, i) => groups.set(root(i), [...(groups.get(root(i)) ?? []), eq]));
  return [...groups.values()];
}

/** The one correction of `address` that closes every equation of `group`, or null. */
function singleCorrection(table, group, passing, address) {
  if (passing.some((eq) => eq.terms.has(address))) return null;
  let delta = null;
  for (const eq of group) {
    const c = eq.terms.get(address);
    if (!c) return null;
    const d = -eq.residual / c;
    if (!Number.isInteger(d) || (delta !== null && d !== delta)) return null;
    delta = d;
  }
  return table.counts.get(address).stated + delta >= 0 ? delta : null;
}

/** The corrections (dj, dk) of two cells that close the group and move nothing that holds, or null. */
function pairCorrection(table, group, passing, j, k) {
  const rows = [...group, ...passing.filter((eq) => eq.terms.has(j) || eq.terms.has(k))].map((eq) => [
    eq.terms.get(j) ?? 0,
    eq.terms.get(k) ?? 0,
    -eq.residual,
  ]);
  let solution = null;
  for (let p = 0; p < rows.length && !solution; p++) {
    for (let q = p + 1; q < rows.length && !solution; q++) {
      const det = rows[p][0] * rows[q][1] - rows[p][1] * rows[q][0];
      if (det === 0) continue;
      solution = [(rows[p][2] * rows[q][1] - rows[p][1] * rows[q][2]) / det, (rows[p][0] * rows[q][2] - rows[p][2] * rows[q][0]) / det];
    }
  }
  if (!solution) return null;
  const [dj, dk] = solution;
  if (!Number.isInteger(dj) || !Number.isInteger(dk) || dj === 0 || dk === 0) return null;
  if (rows.some(([a, b, r]) => a * dj + b * dk !== r)) return null;
  if (table.counts.get(j).stated + dj < 0 || table.counts.get(k).stated + dk < 0) return null;
  return [dj, dk];
}

function sheetOrder(table) {
  return (a, b) => {
    const x = table.counts.get(a);
    const y = table.counts.get(b);
    return x.row - y.row || x.col - y.col;
  };
}

function entry(table, address, delta) {
  const cell = table.counts.get(address);
  return { cell: address, found: cell.stated, expected: cell.stated + delta };
}

function countFindings(table) {
  const all = equations(table);
  const failing = all.filter((eq) => eq.residual !== 0);
  const passing = all.filter((eq) => eq.residual === 0);
  const planted = [...table.counts.values()].filter((c) => !c.formula && c.stated !== c.truth).map((c) => c.address);
  const order = sheetOrder(table);
  const culprits = [];
  const undecided = [];
  const covered = new Set();
  for (const group of clusters(failing)) {
    const cells = [...new Set(group.flatMap((eq) => [...eq.terms.keys()]))].sort(order);
    const unconfirmed = cells.filter((address) => !passing.some((eq) => eq.terms.has(address)));
    const singles = cells.map((address) => ({ address, delta: singleCorrection(table, group, passing, address) })).filter((s) => s.delta !== null);
    if (singles.length === 1) {
      culprits.push(entry(table, singles[0].address, singles[0].delta));
      covered.add(singles[0].address);
      continue;
    }
    if (singles.length > 1) {
      const candidates = singles.map((s) => s.address);
      if (candidates.join() !== unconfirmed.join())
        throw new Error(`${table.spec.name}: candidates ${candidates} differ from the unconfirmed cells ${unconfirmed}; plant otherwise`);
      undecided.push({ candidates });
      candidates.forEach((c) => covered.add(c));
      continue;
    }
    if (unconfirmed.length === 0 && table.spec.open) {
      // Counts moved between two columns of one row: every cell is confirmed by its row, and any
      // row (or the totals row) could hold the move. No cell can be named; which ones to outline is
      // left to the engine, but none may be blamed.
      undecided.push({ candidates: null });
      cells.forEach((c) => covered.add(c));
      continue;
    }
    const pairs = [];
    for (let a = 0; a < unconfirmed.length; a++) {
      for (let b = a + 1; b < unconfirmed.length; b++) {
        const solution = pairCorrection(table, group, passing, unconfirmed[a], unconfirmed[b]);
        if (solution) pairs.push([entry(table, unconfirmed[a], solution[0]), entry(table, unconfirmed[b], solution[1])]);
      }
    }
    if (pairs.length !== 1)
      throw new Error(`${table.spec.name}: a cluster of ${group.length} failing identities has ${pairs.length} two-cell explanations; plant otherwise`);
    const pairCells = pairs[0].map((p) => p.cell);
    if (pairCells.join() !== unconfirmed.join()) throw new Error(`${table.spec.name}: the pair ${pairCells} is not the unconfirmed set ${unconfirmed}`);
    undecided.push({ candidates: pairCells, pair: pairs[0] });
    pairCells.forEach((c) => covered.add(c));
  }
  for (const address of planted) if (!covered.has(address)) throw new Error(`${table.spec.name}: planted ${address} is not detected by any identity`);
  for (const c of [...culprits, ...undecided.flatMap((u) => u.pair ?? [])]) {
    const cell = table.counts.get(c.cell);
    if (cell.truth !== c.expected) throw new Error(`${table.spec.name}: ${c.cell} is explained as ${c.expected}, planted from ${cell.truth}`);
  }
  const inUndecided = new Set(undecided.flatMap((u) => u.candidates ?? []));
  return { culprits, undecided, inUndecided, failingCells: new Set(failing.flatMap((eq) => [...eq.terms.keys()])) };
}

/** Rates as written that differ from the true ones; each planted rate is checked to be wrong under every reading. */
function rateFindings(table, counts) {
  const sum = (addresses, value) =>
    addresses.reduce((s, address) => {
      const cell = table.counts.get(address);
      return s + value(cell);
    }, 0);
  const found = [];
  for (const rate of table.rates.values()) {
    if (rate.stated === rate.truth) continue;
    const shown = renderRate(rate.stated, rate.decimals, rate.style).shown;
    const truth = (addresses) => sum(addresses, (c) => c.truth);
    const written = (addresses) => sum(addresses, (c) => countValue(table, c));
    const expected = percentHalfUp(truth(rate.num), truth(rate.den), shown);
    const readings = [{ num: rate.num, den: rate.den }, ...rate.readings];
    for (const reading of readings) {
      for (const value of [truth, written]) {
        const den = value(reading.den);
        if (den > 0 && percentHalfUp(value(reading.num), den, shown) === rate.stated)
          throw new Error(`${table.spec.name}: planted rate ${rate.address} = ${rate.stated} is right under one reading`);
      }
    }
    for (const address of [...rate.num, ...rate.den]) {
      for (const typed of expand(table, address).keys()) {
        if (counts.inUndecided.has(typed)) throw new Error(`${table.spec.name}: rate ${rate.address} rests on undecided cell ${typed}`);
      }
    }
    found.push({ cell: rate.address, found: rate.stated, expected });
  }
  return found;
}

/** What each row of the table is, by its 1-based sheet row: field, group (a subtotal of the rows under it), total, rates. */
function rowKinds(table) {
  const kinds = {};
  for (const line of table.rows) if (line.kind !== 'blank' && !line.unsure) kinds[line.row + 1] = line.kind;
  return kinds;
}

/** The expectation of one file, as written to expected.json. */
function expectationOf(table) {
  const counts = countFindings(table);
  const rates = rateFindings(table, counts);
  const planted = counts.culprits.length + counts.undecided.length + rates.length > 0;
  const expectation = {
    verdict: table.spec.verdict ?? (planted ? 'invalid' : 'valid'),
    rows: rowKinds(table),
    culprits: counts.culprits,
    rates,
    undecided: counts.undecided,
  };
  if (table.spec.warnings) expectation.warnings = table.spec.warnings;
  return expectation;
}

module.exports = { expectationOf };
