// The comparison with another period in section I.2: tăng / giảm / bằng, percentage points for
// the on-time rate, no percentage against 0, the period named from that table's title.
import fc from 'fast-check';
import { buildNarrative } from '../../../src/core/narrative/lines';
import { countChange, rateChange } from '../../../src/core/periods/comparison';
import { narrativeLines } from '../../../src/i18n/narrative/plain';
import { renderNarrative } from '../../../src/i18n/narrative/render';
import { countChangeText, rateChangeText } from '../../../src/i18n/periods/comparison';
import { seedFigures } from './seed-figures';

const Q1_2026 = { kind: 'Q1' as const, year: 2026 };
const previousTotals = {
  received: 3163,
  'received.online': 3140,
  'received.direct': 0,
  'received.carried': 23,
  resolved: 3100,
  'resolved.early': 3000,
  'resolved.onTime': 50,
  'resolved.late': 0,
  'resolved.rejected': 30,
  'resolved.withdrawn': 20,
  pending: 63,
  'pending.inTime': 60,
  'pending.overdue': 0,
  'pending.supplement': 3,
};

function lines(previous = previousTotals, period: Parameters<typeof countChangeText>[1] = Q1_2026, lang: 'vi' | 'en' = 'vi'): string[] {
  const model = buildNarrative(seedFigures(), {
    period: { kind: 'Q2', year: 2026, datesFromCalendar: true, problems: [] },
    previous: { totals: previous, period },
  });
  return narrativeLines(renderNarrative(model, lang));
}

test('the seed against a previous quarter, in the seed’s style', () => {
  const text = lines();
  expect(text).toContain('- Tổng số hồ sơ tiếp nhận là: 3.575 hồ sơ (tăng 412 hồ sơ, 13,0% so với quý I năm 2026). Trong đó:');
  expect(text).toContain('- Số hồ sơ đã xử lý và trả kết quả: 3.518 hồ sơ (tỷ lệ 98,4%; tăng 418 hồ sơ, 13,5% so với quý I năm 2026);');
  expect(text).toContain('+ Số hồ sơ trả đúng, trước hạn: 3.488 hồ sơ (tỷ lệ 97,6%; tăng 1,2 điểm phần trăm so với quý I năm 2026);');
  expect(text).toContain('- Hồ sơ đang giải quyết: 57 hồ sơ (tỷ lệ 1,6%; giảm 6 hồ sơ, 9,5% so với quý I năm 2026);');
  // Lines the issue does not compare stay as they were.
  expect(text).toContain('+ Hồ sơ rút: 13 hồ sơ (tỷ lệ 0,4%);');
  expect(text).toContain('+ Tiếp nhận trong kỳ: 3.556 hồ sơ; kỳ trước chuyển sang: 19 hồ sơ.');
});

test('in English', () => {
  const text = lines(previousTotals, Q1_2026, 'en');
  expect(text).toContain('- Total dossiers received: 3,575 dossiers (up 412 dossiers or 13.0% on quarter I of 2026), of which:');
  expect(text).toContain('+ Returned on time or early: 3,488 dossiers (rate 97.6%; up 1.2 percentage points on quarter I of 2026);');
});

test('the same period last year is named from that table’s title', () => {
  const text = lines(previousTotals, { kind: 'Q2', year: 2025 });
  expect(text).toContain('- Tổng số hồ sơ tiếp nhận là: 3.575 hồ sơ (tăng 412 hồ sơ, 13,0% so với quý II năm 2025). Trong đó:');
});

test('equal, against 0, and a period known by its dates only', () => {
  const same = { ...previousTotals, received: 3575, pending: 0, 'pending.inTime': 0, 'pending.supplement': 0, 'resolved.early': 3400, 'resolved.onTime': 88 };
  const text = lines(same, { from: { day: 1, month: 12, year: 2025 }, to: { day: 28, month: 2, year: 2026 } });
  expect(text).toContain('- Tổng số hồ sơ tiếp nhận là: 3.575 hồ sơ (bằng kỳ từ ngày 01/12/2025 đến ngày 28/02/2026). Trong đó:');
  expect(text).toContain('- Hồ sơ đang giải quyết: 57 hồ sơ (tỷ lệ 1,6%; tăng 57 hồ sơ so với kỳ từ ngày 01/12/2025 đến ngày 28/02/2026);');
  expect(text).toContain('+ Số hồ sơ trả đúng, trước hạn: 3.488 hồ sơ (tỷ lệ 97,6%; bằng kỳ từ ngày 01/12/2025 đến ngày 28/02/2026);');
});

test('a previous table without a column says which lines are not compared', () => {
  const { pending: _pending, ...withoutPending } = previousTotals;
  const model = buildNarrative(seedFigures(), { previous: { totals: withoutPending, period: Q1_2026 } });
  expect(model.comparison).toEqual({ against: Q1_2026, missing: ['pending'] });
  expect(narrativeLines(renderNarrative(model, 'vi'))).toContain('- Hồ sơ đang giải quyết: 57 hồ sơ (tỷ lệ 1,6%);');
});

test('no comparison without another period: the lines are as before', () => {
  const model = buildNarrative(seedFigures());
  expect(model.comparison).toBeUndefined();
  expect(narrativeLines(renderNarrative(model, 'vi'))).toContain('- Tổng số hồ sơ tiếp nhận là: 3.575 hồ sơ. Trong đó:');
});

test('the words follow the numbers: the direction, the amount, the percentage of the earlier count', () => {
  fc.assert(
    fc.property(fc.nat(100_000), fc.nat(100_000), (now, before) => {
      const change = countChange(now, before);
      const text = countChangeText(change, Q1_2026, 'vi');
      if (now === before) expect(text).toBe('bằng quý I năm 2026');
      else {
        expect(text.startsWith(now > before ? 'tăng ' : 'giảm ')).toBe(true);
        expect(change.by).toBe(Math.abs(now - before));
        if (before === 0) expect(text).not.toContain('%');
        else expect(Math.abs((change.percent as number) - (Math.abs(now - before) / before) * 100)).toBeLessThanOrEqual(0.05 + 1e-9);
      }
    }),
  );
  expect(rateChangeText(rateChange(97.6, 98.8), Q1_2026, 'vi')).toBe('giảm 1,2 điểm phần trăm so với quý I năm 2026');
});
