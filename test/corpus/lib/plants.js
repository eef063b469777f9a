// The mistakes clerks make, planted into a consistent table: a count typed wrong, a total typed
// wrong, a rate typed wrong (or copied from last quarter). Each returns a sentence saying what it
// did, for expected.json and the QA notes.
'use strict';
const { decimalsOf, renderRate } = require('./cells');

const fieldLines = (table) => table.rows.filter((r) => r.kind === 'field');

/** The field row with the `rank`-th largest value in column `key` (0 = largest). */
function fieldBy(table, key, rank = 0) {
  const sorted = [...fieldLines(table)].sort((a, b) => table.countAt(b, key).truth - table.countAt(a, key).truth || a.row - b.row);
  return sorted[Math.min(rank, sorted.length - 1)];
}

/** The first field row whose counts satisfy `test`. */
function fieldWhere(table, test) {
  const line = fieldLines(table).find((f) => test(f.counts));
  if (!line) throw new Error(`${table.spec.name}: no field row fits the plant`);
  return line;
}

/** Two adjacent digits swapped (1061 → 1016); a number with no two distinct digits gets 9 more. */
function swapDigits(n) {
  const digits = String(n).split('');
  for (let i = digits.length - 2; i >= 0; i--) {
    if (digits[i] !== digits[i + 1]) {
      [digits[i], digits[i + 1]] = [digits[i + 1], digits[i]];
      const swapped = Number(digits.join(''));
      if (String(swapped).length === digits.length) return swapped;
    }
  }
  return n + 9;
}

function describeCell(table, line, key) {
  const column = table.byKey.get(key);
  return `${table.countAt(line, key).address} (${line.label}, ${column.path[column.path.length - 1]})`;
}

/** Writes `value` into a count cell; a total formula becomes a typed number, as a clerk overtypes it. */
function setCount(table, line, key, value) {
  const cell = table.countAt(line, key);
  if (value === cell.truth) throw new Error(`${table.spec.name}: plant at ${cell.address} changes nothing`);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${table.spec.name}: plant at ${cell.address} writes ${value}, not a count`);
  const wasFormula = cell.formula !== null;
  cell.formula = null;
  cell.stated = value;
  return `${describeCell(table, line, key)} ${cell.truth} → ${value}${wasFormula ? ' (typed over its =SUM)' : ''}`;
}

function wrongCount(table, line, key, how) {
  const truth = table.countAt(line, key).truth;
  const value = typeof how === 'number' ? how : how === 'swap' ? swapDigits(truth) : how(truth);
  return setCount(table, line, key, value);
}

/** The rate cell on `line` (the rates row by default) in the column of `key`. */
function rateAt(table, key, line = table.ratesLine) {
  const column = table.byKey.get(key);
  for (const cell of table.rates.values()) if (cell.row === line.row && cell.col === column.col) return cell;
  throw new Error(`${table.spec.name}: no rate cell for ${key} on ${line.label}`);
}

/** A rate typed wrong: `value` percent (shown at its own decimals). */
function wrongRate(cell, value, why) {
  if (value === cell.truth) throw new Error(`rate plant at ${cell.address} changes nothing`);
  const before = cell.truth;
  cell.stated = value;
  cell.decimals = Math.max(decimalsOf(value), cell.decimals);
  const shown = renderRate(value, cell.decimals, cell.style);
  if (shown.shown < decimalsOf(value)) throw new Error(`rate plant at ${cell.address}: ${value} would show with ${shown.shown} decimals`);
  return `${cell.address} rate ${before}% → ${value}%${why ? ` (${why})` : ''}`;
}

module.exports = { fieldLines, fieldBy, fieldWhere, swapDigits, setCount, wrongCount, rateAt, wrongRate };
