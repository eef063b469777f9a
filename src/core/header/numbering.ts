// The numbering row ("(1) (2) (3)=(4)+(5)+(6) …", "1 2 3 …", "A B 1 2 …") and column numbers written
// in header texts ("Trực tuyến (4)"): each column's number and the sums or rates it writes out.
import { cellText } from '../cells';
import type { Grid } from '../types';
import type { NumberingToken } from './types';

/** "(4)+(5)+…+(8)", "4+5", "((8)+(9))" → [4, 5, …]; null when not a plain sum of column numbers. */
function parseSum(expression: string): number[] | null {
  let text = expression;
  while (/^\((.*)\)$/.test(text) && !/^\(\d{1,3}\)$/.test(text)) text = text.slice(1, -1);
  const sumOf: number[] = [];
  for (const term of text.split('+')) {
    const range = /^\(?(\d{1,3})\)?(?:\.\.\.|…|-|đến)\(?(\d{1,3})\)?$/.exec(term);
    if (range) {
      for (let n = Number(range[1]); n <= Number(range[2]); n++) sumOf.push(n);
      continue;
    }
    if (/^(\.\.\.|…)$/.test(term) && sumOf.length > 0) {
      sumOf.push(Number.NaN); // filled in from the next term
      continue;
    }
    const number = /^\(?(\d{1,3})\)?$/.exec(term);
    if (!number) return null;
    const value = Number(number[1]);
    const gap = sumOf.findIndex(Number.isNaN);
    if (gap >= 0) {
      const from = sumOf[gap - 1] + 1;
      sumOf.splice(gap, 1);
      for (let n = from; n < value; n++) sumOf.push(n);
    }
    sumOf.push(value);
  }
  return sumOf.length > 0 && !sumOf.some(Number.isNaN) ? sumOf : null;
}

/**
 * "(3)=(4)+(5)+(6)", "(3)", "3", "3 = 4+5+6", "(7)=(8)+...+(12)", "(12)=((8)+(9))/(7)x100" → token;
 * a cell that starts with "(n)=" but whose formula cannot be read keeps its number; anything else → null.
 */
export function parseNumberingToken(text: string): NumberingToken | null {
  const compact = text
    .replace(/[\s\u00a0]/g, '')
    .replace(/[−–]/g, '-')
    .replace(/[x×*]100(%)?$/i, '')
    .replace(/\(%\)$/, '');
  if (compact === '') return null;
  const single = /^\(?(\d{1,3})\)?$/.exec(compact);
  if (single) return { number: Number(single[1]) };
  const identity = /^\(?(\d{1,3})\)?=(.+)$/.exec(compact);
  if (!identity) return null;
  const number = Number(identity[1]);
  const right = identity[2];
  const slash = right.indexOf('/');
  if (slash >= 0) {
    const numerator = parseSum(right.slice(0, slash));
    const denominator = parseSum(right.slice(slash + 1));
    return numerator && denominator ? { number, rate: { numerator, denominator } } : { number };
  }
  const sumOf = parseSum(right);
  return sumOf ? { number, sumOf } : { number };
}

/** A column number written at the end of a header text: "Trực tuyến (4)", "Tổng số (3)=(4)+(5)+(6)". */
export function numberingTokenInHeader(text: string): NumberingToken | null {
  const match = /\((\d{1,3})\)(\s*=\s*[\d()+/.…x×*%\s]+)?\s*$/i.exec(text);
  return match ? parseNumberingToken(match[0]) : null;
}

/**
 * A numbering row: consecutive non-empty cells numbered 1, 2, 3, … (with or without
 * parentheses and identities), at least five of them. Returns tokens by absolute column.
 */
export function readNumberingRow(grid: Grid, row: number, left: number, right: number): Map<number, NumberingToken> | null {
  const tokens = new Map<number, NumberingToken>();
  let expected = 0;
  let parenthesised = false;
  let letters = 0;
  for (let col = left; col <= right; col++) {
    const text = cellText(grid, row, col);
    if (text === '') continue;
    // Some forms letter the label columns "A B" and number the count columns from 1.
    const letter = /^\(?([A-Za-z])\)?$/.exec(text.trim());
    if (letter && expected === 0 && letter[1].toUpperCase().charCodeAt(0) === 65 + letters) {
      letters++;
      continue;
    }
    const token = parseNumberingToken(text);
    if (!token) return null;
    if (expected === 0) {
      if (token.number > 2) return null;
      expected = token.number;
    }
    if (token.number !== expected) return null;
    if (text.includes('(')) parenthesised = true;
    tokens.set(col, token);
    expected++;
  }
  const minimum = parenthesised ? 4 : 5;
  return tokens.size >= minimum ? tokens : null;
}
