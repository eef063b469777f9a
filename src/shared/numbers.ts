// Numbers as they are written: decimals of a value, and Vietnamese-style display (1.066; 98,4%).
// Shared by the engine and the words: pure, no domain, no locale data beyond the two separators.

/** Digits after the decimal point in the shortest representation of `n` (0.984 → 3). */
export function decimalsOf(n: number): number {
  if (!Number.isFinite(n) || Number.isInteger(n)) return 0;
  const text = String(Math.abs(n));
  const exp = /e-(\d+)$/.exec(text);
  if (exp) {
    const mantissa = text.slice(0, text.indexOf('e'));
    const mantissaDecimals = mantissa.includes('.') ? mantissa.split('.')[1].length : 0;
    return mantissaDecimals + Number(exp[1]);
  }
  return text.includes('.') ? text.split('.')[1].length : 0;
}

function groupThousands(integerDigits: string, separator: string): string {
  return integerDigits.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

/**
 * Formats a number in Vietnamese style: 3575 → "3.575", 98.4 → "98,4".
 * With `decimals`, pads or rounds to that many places; without, uses the value's own decimals.
 */
export function formatNumber(n: number, lang: 'vi' | 'en' = 'vi', decimals?: number): string {
  const places = decimals ?? Math.min(decimalsOf(n), 10);
  const fixed = Math.abs(n).toFixed(places);
  const [whole, frac] = fixed.split('.');
  const thousands = lang === 'vi' ? '.' : ',';
  const decimalSep = lang === 'vi' ? ',' : '.';
  const sign = n < 0 && Number(fixed) !== 0 ? '-' : '';
  return sign + groupThousands(whole, thousands) + (frac ? decimalSep + frac : '');
}

/** A percentage for prose: one decimal unless given, trailing ",0" dropped: 98.4 → "98,4%", 100 → "100%". */
export function formatPercent(value: number, lang: 'vi' | 'en' = 'vi'): string {
  const text = formatNumber(value, lang, decimalsOf(value) > 0 ? Math.min(decimalsOf(value), 10) : 0);
  return `${text}%`;
}
