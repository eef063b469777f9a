// Small helpers the corpus shares: A1 addresses and the percent arithmetic of a rates row,
// written here on their own so that the oracle does not lean on the code it judges.
'use strict';

function columnLetters(col) {
  let n = col + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** 0-based (row, col) → "C5". */
function a1(row, col) {
  return `${columnLetters(col)}${row + 1}`;
}

/** numerator / denominator as a percent, rounded half-up at `decimals`, in exact integer arithmetic. */
function percentHalfUp(numerator, denominator, decimals) {
  const scale = 10 ** decimals;
  const scaled = Math.floor((2 * numerator * 100 * scale + denominator) / (2 * denominator));
  return scaled / scale;
}

/** How many decimals a number shows in a General cell. */
function decimalsOf(value) {
  const text = String(value);
  const point = text.indexOf('.');
  return point < 0 ? 0 : text.length - point - 1;
}

/** The cell value and number format that show `percent` in a rate style, and the decimals it shows. */
function renderRate(percent, decimals, style) {
  const fixed = percent.toFixed(decimals);
  switch (style) {
    case 'fraction':
      return { value: Number((percent / 100).toFixed(decimals + 2)), numFmt: decimals > 0 ? '0.0%' : '0%', shown: decimals };
    case 'text-point':
      return { value: `${fixed}%`, numFmt: null, shown: decimals };
    case 'text-comma':
      return { value: `${fixed.replace('.', ',')}%`, numFmt: null, shown: decimals };
    case 'points': {
      const value = Number(fixed);
      return { value, numFmt: 'General', shown: decimalsOf(value) };
    }
    default:
      throw new Error(`unknown rate style ${style}`);
  }
}

module.exports = { a1, columnLetters, percentHalfUp, decimalsOf, renderRate };
