import fc from 'fast-check';
import { nextPeriodOf, placeOfUnit, reportFacts, signingLines } from '../../../src/core/report/facts';
import { PERIOD_KINDS } from '../../../src/core/calendar';

test('the next period: the quarter after, the year turning after quý IV; the halves and the year', () => {
  expect(nextPeriodOf('Q1', 2026)).toEqual({ kind: 'Q2', year: 2026 });
  expect(nextPeriodOf('Q3', 2026)).toEqual({ kind: 'Q4', year: 2026 });
  expect(nextPeriodOf('Q4', 2026)).toEqual({ kind: 'Q1', year: 2027 });
  expect(nextPeriodOf('6M', 2026)).toEqual({ kind: 'H2', year: 2026 });
  expect(nextPeriodOf('9M', 2026)).toEqual({ kind: 'Q4', year: 2026 });
  expect(nextPeriodOf('Y', 2026)).toEqual({ kind: 'Y', year: 2027 });
  expect(nextPeriodOf(undefined, 2026)).toBeNull();
  expect(nextPeriodOf('Q2', undefined)).toBeNull();
});

test('property: the next period never goes back in time', () => {
  fc.assert(
    fc.property(fc.constantFrom(...PERIOD_KINDS), fc.integer({ min: 2000, max: 2100 }), (kind, year) => {
      const next = nextPeriodOf(kind, year)!;
      expect(next.year === year || next.year === year + 1).toBe(true);
    }),
  );
});

test('the place is the unit without its kind; signing lines split at "|"', () => {
  expect(placeOfUnit('xã An Phú')).toBe('An Phú');
  expect(placeOfUnit('  phường   Hoàng Văn Thụ ')).toBe('Hoàng Văn Thụ');
  expect(placeOfUnit('Thành phố Huế')).toBe('Huế');
  expect(placeOfUnit('An Phú')).toBe('An Phú');
  expect(signingLines('KT. CHỦ TỊCH|PHÓ CHỦ TỊCH')).toEqual(['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']);
  expect(signingLines(' TM. ỦY BAN NHÂN DÂN | | CHỦ TỊCH ')).toEqual(['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH']);
  expect(signingLines(undefined)).toEqual([]);
});

test('the date line takes the last month of the period', () => {
  const facts = reportFacts(
    { kind: 'Q2', year: 2026, from: { day: 15, month: 3, year: 2026 }, to: { day: 14, month: 6, year: 2026 }, datesFromCalendar: true, problems: [] },
    { unit: 'xã An Phú', superior: '  ' },
  );
  expect(facts).toMatchObject({ place: 'An Phú', dated: { month: 6, year: 2026 }, next: { kind: 'Q3', year: 2026 }, superior: undefined, signerTitle: [] });
});
