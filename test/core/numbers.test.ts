import { describeNumberFormat, formatNumber, formatPercent, parseNumberText, shiftHalfUp } from '../../src/core/numbers';

describe('parseNumberText', () => {
  it.each([
    ['1.066', 1066, 0, false],
    ['3.575', 3575, 0, false],
    ['1 922', 1922, 0, false],
    ['1,066', 1066, 0, false],
    ['1.234.567', 1234567, 0, false],
    ['98,4%', 98.4, 1, true],
    ['0%', 0, 0, true],
    ['100%', 100, 0, true],
    ['0,5', 0.5, 1, false],
    ['1.234,5', 1234.5, 1, false],
    ['1,234.5', 1234.5, 1, false],
    ['-3', -3, 0, false],
    ['12', 12, 0, false],
    ['99.88%', 99.88, 2, true],
  ])('%s → %d', (text, value, decimals, percent) => {
    expect(parseNumberText(text)).toEqual({ value, decimals, percent });
  });

  it.each(['', 'năm', '1.2.3,4,5', '12abc', '%', '1..2'])('rejects %p', (text) => {
    expect(parseNumberText(text)).toBeNull();
  });
});

describe('shiftHalfUp: what Excel displays', () => {
  it.each([
    [0.285, 2, 0, 29],
    [0.145, 2, 0, 15],
    [0.0045, 2, 1, 0.5],
    [1.45, 0, 1, 1.5],
    [1.005, 0, 2, 1.01],
    [0.984, 2, 1, 98.4],
    [0.98405594405594, 2, 1, 98.4],
    [1, 2, 0, 100],
    [0, 2, 1, 0],
    [-0.285, 2, 0, -29],
  ])('%d × 10^%d at %d places → %d', (value, shift, decimals, expected) => {
    expect(shiftHalfUp(value, shift, decimals)).toBe(expected);
  });
});

describe('formatting', () => {
  it('writes Vietnamese and English numbers', () => {
    expect(formatNumber(3575)).toBe('3.575');
    expect(formatNumber(3575, 'en')).toBe('3,575');
    expect(formatNumber(98.4)).toBe('98,4');
    expect(formatNumber(1234567.5, 'vi', 1)).toBe('1.234.567,5');
    expect(formatNumber(-1)).toBe('-1');
    expect(formatPercent(98.4)).toBe('98,4%');
    expect(formatPercent(100)).toBe('100%');
    expect(formatPercent(0)).toBe('0%');
  });

  it('reads number formats', () => {
    expect(describeNumberFormat('0%')).toEqual({ percent: true, decimals: 0 });
    expect(describeNumberFormat('0.0%')).toEqual({ percent: true, decimals: 1 });
    expect(describeNumberFormat('0.00%;[Red]-0.00%')).toEqual({ percent: true, decimals: 2 });
    expect(describeNumberFormat('#,##0')).toEqual({ percent: false, decimals: 0 });
    expect(describeNumberFormat('General')).toEqual({ percent: false, decimals: null });
    expect(describeNumberFormat(null)).toEqual({ percent: false, decimals: null });
  });
});
