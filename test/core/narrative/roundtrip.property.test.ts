// Property: whatever the counts, the narrative the product writes reconciles with its own table —
// every count and rate it states is found again and agrees — and its rates are the half-up ones.
import fc from 'fast-check';
import { periodOf } from '../../../src/core/narrative/period-choice';
import { narrativeToPlainText } from '../../../src/i18n/narrative/plain';
import { writeNarrative } from './write';
import { reconcileText } from '../../../src/core/narrative/reconcile/reconcile-text';
import { percentHalfUp } from '../../../src/core/numbers';
import type { TableFigures } from '../../../src/core/types';

const count = fc.nat({ max: 60_000 });

/** A consistent table, as the narrative is written from: received (3) = resolved (7) + pending (13). */
const figuresArbitrary = fc
  .record({
    early: count,
    onTime: count,
    late: count,
    rejected: count,
    withdrawn: count,
    inTime: count,
    overdue: count,
    supplement: count,
    carriedShare: fc.double({ min: 0, max: 1, noNaN: true }),
    directShare: fc.double({ min: 0, max: 1, noNaN: true }),
  })
  .map((c): TableFigures => {
    const resolved = c.early + c.onTime + c.late + c.rejected + c.withdrawn;
    const pending = c.inTime + c.overdue + c.supplement;
    const received = resolved + pending;
    const carried = Math.floor(received * c.carriedShare);
    const direct = Math.floor((received - carried) * c.directShare);
    const online = received - carried - direct;
    return {
      totals: {
        received,
        'received.online': online,
        'received.direct': direct,
        'received.carried': carried,
        resolved,
        'resolved.early': c.early,
        'resolved.onTime': c.onTime,
        'resolved.late': c.late,
        'resolved.rejected': c.rejected,
        'resolved.withdrawn': c.withdrawn,
        pending,
        'pending.inTime': c.inTime,
        'pending.overdue': c.overdue,
        'pending.supplement': c.supplement,
      },
      totalsSource: 'totals-row',
      fields: [],
    };
  });

test('the written narrative reconciles with its own table, in Vietnamese and English', () => {
  fc.assert(
    fc.property(figuresArbitrary, fc.constantFrom('vi' as const, 'en' as const), (figures, lang) => {
      const model = writeNarrative(figures, { lang, period: periodOf({ kind: 'Q2', year: 2026 }) });
      const stated = model.paragraphs.flatMap((p) => p.runs).filter((r) => r.type === 'figure').length;
      const report = reconcileText(narrativeToPlainText(model), figures.totals);
      expect(report.summary).toEqual({ consistent: stated, mismatch: 0, notCheckable: 0 });
    }),
    { numRuns: 300 },
  );
});

test('each stated rate is the half-up percentage of its count over (3), online over (4)+(5)', () => {
  fc.assert(
    fc.property(figuresArbitrary, (figures) => {
      const model = writeNarrative(figures, { period: periodOf({ kind: 'Q2', year: 2026 }) });
      const totals = figures.totals as Required<typeof figures.totals>;
      for (const run of model.paragraphs.flatMap((p) => p.runs)) {
        if (run.type !== 'figure' || run.measure !== 'rate') continue;
        const numerator = run.role === 'resolved.early+onTime' ? totals['resolved.early'] + totals['resolved.onTime'] : totals[run.role];
        const denominator = run.role === 'received.online' ? totals['received.online'] + totals['received.direct'] : totals.received;
        expect(run.value).toBe(percentHalfUp(numerator, denominator, 1));
        expect(run.text).toMatch(/^\d{1,3}(\.\d{3})*(,\d)?%$/);
        expect(Number(run.text.replace(/\./g, '').replace(',', '.').replace('%', ''))).toBe(run.value);
      }
    }),
    { numRuns: 300 },
  );
});

test('a drifted count is always caught', () => {
  fc.assert(
    fc.property(figuresArbitrary, fc.integer({ min: 1, max: 500 }), (figures, drift) => {
      const model = writeNarrative(figures, { period: periodOf({ kind: 'Q2', year: 2026 }) });
      const text = narrativeToPlainText(model);
      const received = figures.totals.received as number;
      const formatted = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
      const drifted = text.replace(`là: ${formatted(received)} hồ sơ`, `là: ${formatted(received + drift)} hồ sơ`);
      const report = reconcileText(drifted, figures.totals);
      expect(report.items.filter((i) => i.status === 'mismatch').map((i) => [i.subject, i.stated, i.expected])).toEqual([
        ['received', received + drift, received],
      ]);
    }),
    { numRuns: 200 },
  );
});
