// Numbers the way Vietnamese clerks write them: "1.066" is one thousand sixty-six,
// "98,4%" is 98.4 percent. Rounding of rates is done on the exact fraction with integers.

export { decimalsOf, formatNumber, formatPercent } from '../shared/numbers';

export interface ParsedNumberText {
  value: number;
  /** Digits after the decimal separator as written ("98,4%" → 1). */
  decimals: number;
  percent: boolean;
}

const THOUSANDS_DOT = /^\d{1,3}(\.\d{3})+$/;
const THOUSANDS_COMMA = /^\d{1,3}(,\d{3})+$/;
const THOUSANDS_SPACE = /^\d{1,3}( \d{3})+$/;

/**
 * Parses a number typed as text: "1.066", "3 575", "98,4%", "0%", "1,234.5", "-3".
 * Returns null when the text is not a number.
 */
export function parseNumberText(raw: string): ParsedNumberText | null {
  // Pasted from the web: non-breaking and zero-width spaces around or inside the digits.
  let text = raw
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/[\u200b-\u200d\u2060\ufeff]/g, '')
    .trim();
  if (text === '') return null;
  let percent = false;
  if (text.endsWith('%')) {
    percent = true;
    text = text.slice(0, -1).trim();
  }
  let sign = 1;
  if (/^[-−–]/.test(text)) {
    sign = -1;
    text = text.slice(1).trim();
  } else if (text.startsWith('+')) {
    text = text.slice(1).trim();
  }
  let integerPart: string;
  let fraction = '';
  if (THOUSANDS_SPACE.test(text)) {
    integerPart = text.replace(/ /g, '');
  } else if (/^\d+$/.test(text)) {
    integerPart = text;
  } else if (text.includes('.') && text.includes(',')) {
    const lastDot = text.lastIndexOf('.');
    const lastComma = text.lastIndexOf(',');
    const decimalSep = lastComma > lastDot ? ',' : '.';
    const thousandsSep = decimalSep === ',' ? '.' : ',';
    const [whole, frac, extra] = text.split(decimalSep);
    if (extra !== undefined || !/^\d+$/.test(frac ?? '')) return null;
    const thousandsPattern = new RegExp(`^\\d{1,3}(\\${thousandsSep}\\d{3})+$`);
    if (!thousandsPattern.test(whole)) return null;
    integerPart = whole.split(thousandsSep).join('');
    fraction = frac;
  } else if (THOUSANDS_DOT.test(text) && !percent) {
    integerPart = text.replace(/\./g, '');
  } else if (THOUSANDS_COMMA.test(text) && !percent) {
    integerPart = text.replace(/,/g, '');
  } else {
    const match = /^(\d*)[.,](\d+)$/.exec(text);
    if (!match) return null;
    integerPart = match[1] === '' ? '0' : match[1];
    fraction = match[2];
  }
  const value = sign * Number(fraction ? `${integerPart}.${fraction}` : integerPart);
  if (!Number.isFinite(value)) return null;
  return { value, decimals: fraction.length, percent };
}

/** Rounds a float to `decimals` places, removing binary noise (0.984 * 100 → 98.4). */
export function roundTo(n: number, decimals: number): number {
  return Number(n.toFixed(Math.min(Math.max(decimals, 0), 20)));
}

/**
 * numerator/denominator as a percentage, rounded half-up at `decimals` places, on the exact
 * fraction: 9/2000 = 0.45% → 0.5% at one decimal (toFixed and Intl give 0.4% or 0.5% by luck).
 * Inputs must be non-negative integers and denominator > 0.
 */
export function percentHalfUp(numerator: number, denominator: number, decimals: number): number {
  const scale = BigInt(10) ** BigInt(decimals);
  const num = BigInt(Math.round(numerator)) * BigInt(100) * scale;
  const den = BigInt(Math.round(denominator));
  const doubled = (BigInt(2) * num + den) / (BigInt(2) * den);
  return Number(doubled) / Number(scale);
}

/**
 * `value × 10^shift` rounded half-up at `decimals` places, as Excel displays it: on the number's
 * decimal digits (15 significant, as Excel keeps), not on its binary approximation —
 * 0.285 in a "0%" cell shows 29%, though 0.285 × 100 is 28.499999999999996 in floating point.
 */
export function shiftHalfUp(value: number, shift: number, decimals: number): number {
  if (!Number.isFinite(value) || value === 0) return 0;
  const [mantissa, exponentText] = Math.abs(value).toExponential(14).split('e');
  const digits = BigInt(mantissa.replace('.', ''));
  const power = shift + decimals - 14 + Number(exponentText);
  let scaled: bigint;
  if (power >= 0) {
    scaled = digits * BigInt(10) ** BigInt(power);
  } else {
    const divisor = BigInt(10) ** BigInt(-power);
    scaled = (digits * BigInt(2) + divisor) / (divisor * BigInt(2));
  }
  return (Math.sign(value) * Number(scaled)) / 10 ** decimals;
}

export interface NumberFormatInfo {
  percent: boolean;
  /** Decimal places the format displays; null for General (the value's own decimals count). */
  decimals: number | null;
}

/** Reads an Excel number format code: "0%" → percent 0 dp, "0.0%" → 1 dp, "#,##0" → 0 dp, "General" → null. */
export function describeNumberFormat(format: string | null | undefined): NumberFormatInfo {
  if (!format || /^general$/i.test(format.trim()) || format === '@') return { percent: false, decimals: null };
  // Only the positive section, without quoted text, colours and escapes.
  const section = format
    .split(';')[0]
    .replace(/"[^"]*"/g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/\\./g, '');
  const percent = section.includes('%');
  const decimalMatch = /\.([0#?]+)/.exec(section);
  const hasDigits = /[0#?]/.test(section);
  if (!hasDigits) return { percent, decimals: null };
  return { percent, decimals: decimalMatch ? decimalMatch[1].length : 0 };
}
