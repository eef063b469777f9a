// The one calendar of the narrative and the build (src/core/calendar).
import {
  datesFitPeriod,
  daysInRange,
  formatDate,
  formatDateRange,
  officialKindOfDates,
  parseDate,
  parsePartialDate,
  parsePeriodKind,
  parseQuarter,
  quarterPeriod,
  reportingPeriodDates,
} from '../../../src/core/calendar';
import { periodOf } from '../../../src/core/narrative/period-choice';

const d = (day: number, month: number, year: number) => ({ day, month, year });

describe('official reporting calendar (Nghị định 09/2019/NĐ-CP)', () => {
  test.each([
    ['Q1', d(15, 12, 2025), d(14, 3, 2026)],
    ['Q2', d(15, 3, 2026), d(14, 6, 2026)],
    ['Q3', d(15, 6, 2026), d(14, 9, 2026)],
    ['Q4', d(15, 9, 2026), d(14, 12, 2026)],
    ['6M', d(15, 12, 2025), d(14, 6, 2026)],
    ['9M', d(15, 12, 2025), d(14, 9, 2026)],
    ['Y', d(15, 12, 2025), d(14, 12, 2026)],
  ] as const)('%s of 2026', (kind, from, to) => {
    expect(reportingPeriodDates(kind, 2026)).toEqual({ from, to });
    expect(officialKindOfDates(from, to)).toBe(kind);
  });

  test('dates that are no official period have no kind', () => {
    expect(officialKindOfDates(d(1, 4, 2026), d(30, 6, 2026))).toBeUndefined();
  });

  test('the build’s quarters as day numbers, the same dates', () => {
    const day = (date: { day: number; month: number; year: number }) => Date.UTC(date.year, date.month - 1, date.day) / 86_400_000;
    for (const quarter of [1, 2, 3, 4]) {
      const { from, to } = reportingPeriodDates(`Q${quarter}` as 'Q1', 2026);
      expect(quarterPeriod(quarter, 2026)).toEqual({ from: day(from), to: day(to) });
    }
    expect(['II', '2', 'Q2', 'quý II'].map(parseQuarter)).toEqual([2, 2, 2, 2]);
    expect(['6T', 'V', 'năm'].map(parseQuarter)).toEqual([null, null, null]);
  });
});

describe('dates as Nghị định 30/2020 writes them', () => {
  test('leading zero for days below 10 and months 1–2 only', () => {
    expect(formatDate(d(9, 6, 2025))).toBe('09/6/2025');
    expect(formatDate(d(15, 1, 2026))).toBe('15/01/2026');
    expect(formatDate(d(3, 2, 2026))).toBe('03/02/2026');
    expect(formatDate(d(31, 12, 2025))).toBe('31/12/2025');
    expect(formatDate(d(14, 3, 2026), false)).toBe('14/3');
  });
  test("the start's year is left out when it equals the end's", () => {
    expect(formatDateRange(d(15, 3, 2026), d(14, 6, 2026))).toEqual({ from: '15/3', to: '14/6/2026' });
    expect(formatDateRange(d(15, 12, 2025), d(14, 3, 2026))).toEqual({ from: '15/12/2025', to: '14/3/2026' });
  });
});

describe('parsing what the clerk types', () => {
  test.each([
    ['II', 'Q2'],
    ['2', 'Q2'],
    ['q2', 'Q2'],
    ['Quý IV', 'Q4'],
    ['quy 1', 'Q1'],
    ['iii', 'Q3'],
    ['6T', '6M'],
    ['6 tháng', '6M'],
    ['6m', '6M'],
    ['6 tháng đầu năm', '6M'],
    ['9 tháng', '9M'],
    ['9m', '9M'],
    ['năm', 'Y'],
    ['cả năm', 'Y'],
    ['year', 'Y'],
  ])('period %p → %s', (text, kind) => {
    expect(parsePeriodKind(text)).toBe(kind);
  });
  test.each(['V', '5', 'quý', '', 'abc'])('period %p is not recognised', (text) => {
    expect(parsePeriodKind(text)).toBeNull();
  });
  test('dates', () => {
    expect(parseDate('15/3/2026')).toEqual(d(15, 3, 2026));
    expect(parseDate(' 15/03/2026 ')).toEqual(d(15, 3, 2026));
    expect(parseDate('15-3-2026')).toEqual(d(15, 3, 2026));
    expect(parseDate('2026-03-15')).toEqual(d(15, 3, 2026));
    expect(parseDate('15/3', 2026)).toEqual(d(15, 3, 2026));
    expect(parseDate('15/3')).toBeNull();
    expect(parseDate('31/2/2026')).toBeNull();
    expect(parseDate('29/2/2028')).toEqual(d(29, 2, 2028));
    expect(parseDate('tomorrow')).toBeNull();
  });
});

describe('periodOf: the clerk’s input alone (no title)', () => {
  test('a quarter and year give the official dates', () => {
    expect(periodOf({ kind: 'Q2', year: 2026 })).toEqual({
      kind: 'Q2',
      year: 2026,
      from: d(15, 3, 2026),
      to: d(14, 6, 2026),
      datesFromCalendar: true,
      problems: [],
    });
  });
  test('dates alone give the kind and year when they are an official period', () => {
    expect(periodOf({ from: d(15, 12, 2025), to: d(14, 3, 2026) })).toMatchObject({ kind: 'Q1', year: 2026 });
    expect(periodOf({ from: d(1, 4, 2026), to: d(30, 6, 2026) })).toMatchObject({ kind: undefined, year: 2026 });
  });
  test('reports an end before the start', () => {
    expect(periodOf({ from: d(14, 6, 2026), to: d(15, 3, 2026) }).problems).toEqual(['end-before-start']);
    expect(periodOf({ year: 2025, from: d(15, 3, 2026), to: d(14, 6, 2026) }).problems).toEqual(['dates-span-other-year']);
  });
});

describe('dates that can be a period', () => {
  test('the official dates, or a unit’s own calendar of about the same length and end', () => {
    expect(datesFitPeriod({ from: d(15, 3, 2026), to: d(14, 6, 2026) }, 'Q2', 2026)).toBe(true);
    expect(datesFitPeriod({ from: d(1, 4, 2026), to: d(30, 6, 2026) }, 'Q2', 2026)).toBe(true);
    expect(datesFitPeriod({ from: d(1, 12, 2025), to: d(28, 2, 2026) }, 'Q1', 2026)).toBe(true);
    expect(datesFitPeriod({ from: d(1, 12, 2027), to: d(29, 2, 2028) }, 'Q1', 2028)).toBe(true);
    expect(datesFitPeriod({ from: d(1, 1, 2026), to: d(30, 6, 2026) }, '6M', 2026)).toBe(true);
    expect(datesFitPeriod({ from: d(1, 1, 2026), to: d(31, 12, 2026) }, 'Y', 2026)).toBe(true);
  });
  test('two weeks are no quarter, a quarter is no 6 months, a month is no quarter, and the year counts', () => {
    expect(datesFitPeriod({ from: d(15, 6, 2026), to: d(30, 6, 2026) }, 'Q2', 2026)).toBe(false);
    expect(datesFitPeriod({ from: d(15, 3, 2026), to: d(14, 6, 2026) }, '6M', 2026)).toBe(false);
    expect(datesFitPeriod({ from: d(21, 7, 2026), to: d(20, 8, 2026) }, 'Q3', 2026)).toBe(false);
    expect(datesFitPeriod({ from: d(1, 4, 2026), to: d(30, 6, 2026) }, 'Q3', 2026)).toBe(false);
    expect(datesFitPeriod({ from: d(15, 3, 2026), to: d(14, 6, 2026) }, 'Q2', 2025)).toBe(false);
  });
  test('days counted with both ends', () => {
    expect(daysInRange({ from: d(15, 6, 2026), to: d(30, 6, 2026) })).toBe(16);
    expect(daysInRange({ from: d(15, 3, 2026), to: d(14, 6, 2026) })).toBe(92);
  });
});

describe('a date typed without its year', () => {
  test.each([
    ['30/6', { day: 30, month: 6 }],
    ['29/2', { day: 29, month: 2 }],
    ['15/3/2026', d(15, 3, 2026)],
    ['2026-03-15', d(15, 3, 2026)],
  ])('%p', (text, date) => {
    expect(parsePartialDate(text)).toEqual(date);
  });
  test.each(['31/6', '30/2', '31/2/2026', '15/13', 'mai'])('%p is no date', (text) => {
    expect(parsePartialDate(text)).toBeNull();
  });
});
