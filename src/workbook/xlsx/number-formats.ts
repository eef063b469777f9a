// Number format codes of an .xlsx: the built-in ids (ECMA-376 §18.8.30) and the workbook's own.

const BUILT_IN: Record<number, string> = {
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy h:mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00;(#,##0.00)',
  40: '#,##0.00;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
};

/** Ids Excel reserves for dates in other locales (27–36, 50–58): dates, whatever their code. */
const LOCALE_DATE_IDS = new Set([27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/**
 * The code the core reads for a format: a backslash-escaped "%" (`0.0\%`, LibreOffice's `0.0"%"`)
 * is a literal sign, written `"%"` so that no reader takes it for a percent format; other escapes
 * are dropped (`#,##0\ "hs"` shows as `#,##0 "hs"`).
 */
export function normalizeFormatCode(code: string): string {
  return code.replace(/\\%/g, '"%"').replace(/\\(.)/g, '$1');
}

/** A style's format code; the built-in General (id 0) is null, as exceljs gave it to the core. */
export function formatCodeOf(id: number, custom: Map<number, string>): string | null {
  const code = custom.get(id) ?? BUILT_IN[id];
  if (code !== undefined) return normalizeFormatCode(code);
  return LOCALE_DATE_IDS.has(id) ? 'dd/mm/yyyy' : null;
}

/** A date or time format: y, m, d, h or s outside quotes, brackets of colour and escapes. */
export function isDateFormat(code: string | null): boolean {
  if (!code) return false;
  const bare = code
    .split(';')[0]
    .replace(/"[^"]*"/g, '')
    .replace(/\[(?![hms]+\])[^\]]*\]/gi, '')
    .replace(/\\./g, '');
  return /[ymdhs]/i.test(bare) && !/^[#0.,%E+\-\s?/]*$/.test(bare);
}
