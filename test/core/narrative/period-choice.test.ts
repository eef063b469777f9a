// The narrative's period is the table's period (issue 10, rule 7): the title's, completed by the
// clerk; a contradiction is a conflict, refused unless forced.
import { choosePeriod, type ClerkPeriod, type SheetPeriod } from '../../../src/core/narrative/period-choice';
import { parseTitleTexts } from '../../../src/core/narrative/title';

const d = (day: number, month: number, year: number) => ({ day, month, year });

function sheet(...texts: string[]): SheetPeriod {
  const info = parseTitleTexts(texts);
  return { kind: info.kind, year: info.year, from: info.from, to: info.to, texts: info.periodTexts };
}

const Q2_TITLE = sheet('KẾT QUẢ GIẢI QUYẾT TTHC QUÝ II NĂM 2026', '(Số liệu tính từ ngày 15/3 đến hết ngày 14/6/2026)');
const Q2_WORDS_ONLY = sheet('KẾT QUẢ GIẢI QUYẾT TTHC QUÝ II NĂM 2026');
const NO_TITLE: SheetPeriod = { texts: [] };

describe('the title gives the period; the clerk completes it', () => {
  test('no input: the title as it is', () => {
    expect(choosePeriod({}, Q2_TITLE)).toMatchObject({
      period: { kind: 'Q2', year: 2026, from: d(15, 3, 2026), to: d(14, 6, 2026), datesFromCalendar: false, problems: [] },
      conflicts: [],
      refused: false,
      forced: false,
    });
  });

  test('the same quarter, or the title’s own dates typed again, agree', () => {
    for (const clerk of [
      { kind: 'Q2' },
      { kind: 'Q2', year: 2026 },
      { from: d(15, 3, 2026), to: d(14, 6, 2026) },
      { to: { day: 14, month: 6 } },
    ] as ClerkPeriod[]) {
      expect(choosePeriod(clerk, Q2_TITLE)).toMatchObject({ period: { kind: 'Q2', year: 2026, from: d(15, 3, 2026), to: d(14, 6, 2026) }, conflicts: [] });
    }
  });

  test('the year of the title is kept when the clerk names only the quarter', () => {
    expect(choosePeriod({ kind: 'Q2' }, sheet('PHỤ LỤC NĂM 2026')).period).toMatchObject({
      kind: 'Q2',
      year: 2026,
      from: d(15, 3, 2026),
      to: d(14, 6, 2026),
      datesFromCalendar: true,
    });
  });

  test('the quarter of the title is kept when the clerk gives the unit’s own dates for it', () => {
    const choice = choosePeriod({ from: { day: 1, month: 4 }, to: { day: 30, month: 6 } }, Q2_WORDS_ONLY);
    expect(choice).toMatchObject({ period: { kind: 'Q2', year: 2026, from: d(1, 4, 2026), to: d(30, 6, 2026), datesFromCalendar: false }, conflicts: [] });
  });

  test('a "quý I" running 01/12–28/02 is quarter I with its own dates', () => {
    const title = sheet('KẾT QUẢ QUÝ I NĂM 2026', '(Từ ngày 01/12/2025 đến ngày 28/02/2026)');
    expect(choosePeriod({ kind: 'Q1', year: 2026 }, title)).toMatchObject({
      period: { kind: 'Q1', year: 2026, from: d(1, 12, 2025), to: d(28, 2, 2026) },
      conflicts: [],
    });
  });

  test('a title with only dates that are no official period: no kind, named by the dates', () => {
    expect(choosePeriod({}, sheet('Số liệu từ ngày 21/7 đến 20/8/2026'))).toMatchObject({
      period: { kind: undefined, year: 2026, from: d(21, 7, 2026), to: d(20, 8, 2026) },
      conflicts: [],
    });
  });

  test('without a title the clerk’s period is written as typed, dates without a year need one', () => {
    expect(choosePeriod({ kind: '6M', year: 2026 }, NO_TITLE).period).toMatchObject({ kind: '6M', from: d(15, 12, 2025), to: d(14, 6, 2026) });
    expect(choosePeriod({ from: { day: 15, month: 6 }, to: { day: 30, month: 6 } }, NO_TITLE).inputProblems).toEqual([
      { part: 'to', problem: 'needs-year' },
      { part: 'from', problem: 'needs-year' },
    ]);
    expect(choosePeriod({ from: { day: 15, month: 12 }, to: { day: 14, month: 3 }, year: 2026 }, NO_TITLE).period).toMatchObject({
      kind: 'Q1',
      from: d(15, 12, 2025),
      to: d(14, 3, 2026),
    });
    expect(choosePeriod({ to: { day: 29, month: 2 } }, sheet('PHỤ LỤC NĂM 2026')).inputProblems).toEqual([{ part: 'to', problem: 'not-a-date' }]);
  });
});

describe('contradictions are conflicts, refused unless forced', () => {
  test('6T on a quarter’s table (the issue’s first symptom)', () => {
    const refused = choosePeriod({ kind: '6M' }, Q2_TITLE);
    expect(refused.conflicts).toEqual([{ type: 'kind', clerk: '6M', title: 'Q2', year: 2026, parts: ['kind'] }]);
    expect(refused.refused).toBe(true);
    const forced = choosePeriod({ kind: '6M' }, Q2_TITLE, true);
    expect(forced).toMatchObject({ refused: false, forced: true });
    // Forced, the title's year stays: only the contradicted parts give way.
    expect(forced.period).toMatchObject({ kind: '6M', year: 2026, from: d(15, 12, 2025), to: d(14, 6, 2026), datesFromCalendar: true });
  });

  test('two weeks for a quarter (the issue’s second symptom)', () => {
    const clerk = { from: { day: 15, month: 6 }, to: { day: 30, month: 6 } };
    expect(choosePeriod(clerk, Q2_TITLE).conflicts).toEqual([
      { type: 'dates', clerk: { from: d(15, 6, 2026), to: d(30, 6, 2026) }, title: { from: d(15, 3, 2026), to: d(14, 6, 2026) }, parts: ['from', 'to'] },
    ]);
    expect(choosePeriod(clerk, Q2_WORDS_ONLY).conflicts).toEqual([
      { type: 'dates-outside-title', clerk: { from: d(15, 6, 2026), to: d(30, 6, 2026) }, titleKind: 'Q2', titleYear: 2026, parts: ['from', 'to'] },
    ]);
    // Forced, the quarter's name gives way too: two weeks are named by their dates.
    expect(choosePeriod(clerk, Q2_WORDS_ONLY, true).period).toMatchObject({ kind: undefined, year: 2026, from: d(15, 6, 2026), to: d(30, 6, 2026) });
  });

  test('one typed end that makes a fortnight of the title’s quarter', () => {
    expect(choosePeriod({ from: { day: 1, month: 6 } }, Q2_WORDS_ONLY).conflicts).toEqual([
      { type: 'dates-outside-title', clerk: { from: d(1, 6, 2026), to: d(14, 6, 2026) }, titleKind: 'Q2', titleYear: 2026, parts: ['from'] },
    ]);
  });

  test('another quarter, another year', () => {
    expect(choosePeriod({ kind: 'Q3' }, Q2_TITLE).conflicts).toEqual([{ type: 'kind', clerk: 'Q3', title: 'Q2', year: 2026, parts: ['kind'] }]);
    expect(choosePeriod({ year: 2025 }, Q2_TITLE).conflicts).toEqual([{ type: 'year', clerk: 2025, title: 2026, parts: ['year'] }]);
    expect(choosePeriod({ kind: 'Q2', year: 2025 }, sheet('PHỤ LỤC NĂM 2026')).conflicts).toEqual([
      { type: 'year', clerk: 2025, title: 2026, parts: ['year'] },
    ]);
  });

  test('a quarter on a 6-month title, and a quarter on dates that are a month', () => {
    expect(choosePeriod({ kind: 'Q2' }, sheet('KẾT QUẢ 6 THÁNG ĐẦU NĂM 2026')).conflicts).toEqual([
      { type: 'kind', clerk: 'Q2', title: '6M', year: 2026, parts: ['kind'] },
    ]);
    expect(choosePeriod({ kind: 'Q3' }, sheet('Số liệu từ ngày 21/7 đến 20/8/2026')).conflicts).toEqual([
      { type: 'kind-vs-title-dates', clerk: 'Q3', year: 2026, title: { from: d(21, 7, 2026), to: d(20, 8, 2026) }, parts: ['kind'] },
    ]);
  });

  test('the official dates on a unit’s own quarter are other dates', () => {
    const title = sheet('KẾT QUẢ QUÝ I NĂM 2026', '(Từ ngày 01/12/2025 đến ngày 28/02/2026)');
    expect(choosePeriod({ from: d(15, 12, 2025), to: d(14, 3, 2026) }, title).conflicts.map((c) => c.type)).toEqual(['dates']);
  });

  test('a title that contradicts itself: nothing is written unless forced', () => {
    const title = sheet('KẾT QUẢ QUÝ II NĂM 2026', '(Từ ngày 15/3 đến ngày 14/9/2026)');
    const choice = choosePeriod({}, title);
    expect(choice.conflicts).toEqual([{ type: 'title-inconsistent', kind: 'Q2', year: 2026, dates: { from: d(15, 3, 2026), to: d(14, 9, 2026) }, parts: [] }]);
    expect(choice.refused).toBe(true);
  });

  test('the clerk’s quarter and dates that name different periods', () => {
    expect(choosePeriod({ kind: 'Q2', from: d(15, 6, 2026), to: d(30, 6, 2026) }, NO_TITLE).conflicts).toEqual([
      { type: 'clerk-kind-vs-dates', kind: 'Q2', year: 2026, dates: { from: d(15, 6, 2026), to: d(30, 6, 2026) }, parts: ['kind', 'from', 'to'] },
    ]);
    expect(choosePeriod({ kind: 'Q3', year: 2026, to: d(20, 9, 2026) }, NO_TITLE).conflicts).toEqual([]);
  });
});
