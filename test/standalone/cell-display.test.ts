import fc from 'fast-check';
import { cellDisplay, numberText } from '../../src/standalone/cell-display';

describe('cell display', () => {
  test.each([
    [1066, null, '1066'],
    [1066, 'General', '1066'],
    [1066.5, '0.0', '1066,5'],
    [3575, '#,##0', '3.575'],
    [0.984, '0.0%', '98,4%'],
    [0.97566, '0.0%', '97,6%'],
    [1, '0%', '100%'],
    [98.4, '0.0"%"', '98,4%'],
    [12.5, '0.00', '12,50'],
    [46187, 'dd/mm/yyyy', '14/06/2026'],
    [-45, '#,##0;[Red]-#,##0', '-45'],
    [7, '@', '7'],
  ])('%p in %p shows as %p', (value, format, shown) => {
    expect(numberText(value, format, 'vi')).toBe(shown);
  });

  test('English separators in English', () => {
    expect(numberText(3575.5, '#,##0.0', 'en')).toBe('3,575.5');
    expect(numberText(0.984, '0.0%', 'en')).toBe('98.4%');
  });

  test('text, booleans, errors and empty cells', () => {
    expect(cellDisplay('Hộ tịch', null, 'vi')).toEqual({ text: 'Hộ tịch', numeric: false });
    expect(cellDisplay({ error: '#REF!' }, null, 'vi')).toEqual({ text: '#REF!', numeric: false });
    expect(cellDisplay(true, null, 'vi')).toEqual({ text: 'TRUE', numeric: false });
    expect(cellDisplay(null, '0%', 'vi')).toEqual({ text: '', numeric: false });
    expect(cellDisplay(0, '#,##0', 'vi')).toEqual({ text: '0', numeric: true });
  });

  test('property: an integer count in #,##0 reads back as itself once the dots are removed', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), (n) => {
        expect(Number(numberText(n, '#,##0', 'vi').replace(/\./g, ''))).toBe(n);
      }),
    );
  });

  test('property: a rate in 0.0% is the value times 100 with one decimal and a comma', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), (tenths) => {
        const shown = numberText(tenths / 1000, '0.0%', 'vi');
        expect(shown).toMatch(/^\d+,\d%$/);
        expect(numberText(tenths / 1000, '#,##0.0%', 'vi')).toMatch(/^\d{1,3}(\.\d{3})*,\d%$/);
        expect(Number(shown.replace('%', '').replace(/\./g, '').replace(',', '.'))).toBeCloseTo(tenths / 10, 6);
      }),
    );
  });
});
