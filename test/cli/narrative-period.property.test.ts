// Property (issue 10, rule 7): whatever the title and the options, the period written never
// contradicts the title's period unless forced, and then a warning is emitted; refused otherwise.
import fc from 'fast-check';
import { periodVerdict, clerkInputFromFlags, type PeriodFlags } from '../../src/cli/narrative-input';
import { InputError } from '../../src/cli/errors';
import { narrativeForTable } from '../../src/core/narrative';
import { datesFitPeriod, PERIOD_KINDS, reportingPeriodDates, sameDate, type CalendarDate, type PeriodKind } from '../../src/core/calendar';
import { parseTitleTexts } from '../../src/core/narrative/title';
import { narrativeLines } from '../../src/i18n/narrative/plain';
import { renderNarrative } from '../../src/i18n/narrative/render';
import { locateTable } from '../../src/core/locate';
import { reportingPeriodName } from '../../src/i18n/calendar';
import { buildAnnexGrid, SEED_FIELDS } from '../helpers/annex';

const ROMAN: Record<string, string> = { Q1: 'I', Q2: 'II', Q3: 'III', Q4: 'IV' };
const CLI_KIND: Record<PeriodKind, string> = { Q1: 'I', Q2: '2', Q3: 'quý III', Q4: 'IV', '6M': '6T', '9M': '9 tháng', Y: 'năm' };

function kindWords(kind: PeriodKind, year: number): string {
  if (ROMAN[kind]) return `KẾT QUẢ GIẢI QUYẾT TTHC QUÝ ${ROMAN[kind]} NĂM ${year}`;
  if (kind === '6M') return `KẾT QUẢ 6 THÁNG ĐẦU NĂM ${year}`;
  if (kind === '9M') return `KẾT QUẢ 9 THÁNG NĂM ${year}`;
  return `BÁO CÁO CẢ NĂM ${year}`;
}

const dm = (d: CalendarDate) => `${d.day}/${d.month}`;
const dmy = (d: CalendarDate) => `${d.day}/${d.month}/${d.year}`;

const kindArb = fc.constantFrom(...PERIOD_KINDS);
const yearArb = fc.integer({ min: 2025, max: 2027 });
const dateArb = fc.record({ day: fc.integer({ min: 1, max: 28 }), month: fc.integer({ min: 1, max: 12 }), year: yearArb });

/** Title rows: words, words with official or shifted dates, a year alone, dates alone, or none. */
const titleArb = fc.oneof(
  fc.constant<string[]>([]),
  fc.tuple(kindArb, yearArb).map(([kind, year]) => [kindWords(kind, year)]),
  fc.tuple(kindArb, yearArb, fc.integer({ min: -20, max: 20 })).map(([kind, year, shift]) => {
    const official = reportingPeriodDates(kind, year);
    const shifted = (d: CalendarDate) => {
      const date = new Date(Date.UTC(d.year, d.month - 1, d.day + shift));
      return { day: date.getUTCDate(), month: date.getUTCMonth() + 1, year: date.getUTCFullYear() };
    };
    const from = shifted(official.from);
    const to = shifted(official.to);
    return [kindWords(kind, year), `(Số liệu tính từ ngày ${from.year === to.year ? dm(from) : dmy(from)} đến hết ngày ${dmy(to)})`];
  }),
  fc.tuple(kindArb, yearArb, dateArb, dateArb).map(([kind, year, a, b]) => [kindWords(kind, year), `(Từ ngày ${dmy(a)} đến ngày ${dmy(b)})`]),
  yearArb.map((year) => [`PHỤ LỤC NĂM ${year}`]),
  fc.tuple(dateArb, dateArb).map(([a, b]) => [`Số liệu từ ngày ${dmy(a)} đến ngày ${dmy(b)}`]),
);

const flagsArb: fc.Arbitrary<PeriodFlags> = fc.record(
  {
    quarter: kindArb.map((kind) => CLI_KIND[kind]),
    year: yearArb.map(String),
    from: fc.tuple(dateArb, fc.boolean()).map(([d, withYear]) => (withYear ? dmy(d) : dm(d))),
    to: fc.tuple(dateArb, fc.boolean()).map(([d, withYear]) => (withYear ? dmy(d) : dm(d))),
    force: fc.boolean(),
  },
  { requiredKeys: [] },
);

test('the period written is the title’s unless forced, and forcing a contradiction warns', () => {
  fc.assert(
    fc.property(titleArb, flagsArb, (titleRows, flags) => {
      const grid = buildAnnexGrid(SEED_FIELDS, { titleRows: [...titleRows, ''] });
      const located = locateTable(grid);
      if (!located.ok) throw new Error('seed table not located');
      let clerk;
      try {
        clerk = clerkInputFromFlags(flags, 'vi');
      } catch (error) {
        if (error instanceof InputError) return; // a generated day that is no date, e.g. 29/2
        throw error;
      }
      const bundle = narrativeForTable(grid, located.table, { ...clerk, force: flags.force === true });
      const verdict = periodVerdict(bundle.period, flags, 'vi');
      const choice = bundle.period;
      if (verdict.refusal !== undefined) {
        expect(verdict.refusal).not.toBe('');
        const reversed = choice.period.problems.includes('end-before-start');
        expect(choice.inputProblems.length > 0 || reversed || (choice.conflicts.length > 0 && !flags.force)).toBe(true);
        return;
      }
      const written = choice.period;
      const heading = narrativeLines(renderNarrative(bundle.model, 'vi'))[0];
      if (choice.conflicts.length > 0) {
        expect(flags.force).toBe(true);
        expect(verdict.warnings[0]).toMatch(/^Lưu ý: kỳ báo cáo mâu thuẫn: /);
        return;
      }
      const title = parseTitleTexts(titleRows);
      if (title.kind !== undefined) {
        expect(written.kind).toBe(title.kind);
        expect(heading).toContain(reportingPeriodName(title.kind, title.year, 'vi'));
      }
      if (title.year !== undefined) expect(written.year).toBe(title.year);
      if (title.from && title.to) {
        expect(sameDate(written.from!, title.from) && sameDate(written.to!, title.to)).toBe(true);
      }
      if (written.kind && written.from && written.to && written.year !== undefined)
        expect(datesFitPeriod({ from: written.from, to: written.to }, written.kind, written.year)).toBe(true);
      // A period that is no official one is named by its dates, never as a blank quarter.
      if (!written.kind && written.from && written.to) expect(heading).not.toContain('quý');
    }),
    { numRuns: 300, examples: [[['PHỤ LỤC NĂM 2025'], { to: '1/1/2026' }]] },
  );
}, 60_000);
