import { applyTextEdits } from '../../../src/core/report/previous/edits';
import { outlinePreviousReport } from '../../../src/core/report/previous/outline';
import { dateLineEdits, periodEdits, statedPeriod } from '../../../src/core/report/previous/period';
import { reviewParagraph } from '../../../src/core/report/previous/review';

const Q3_RANGE = { from: { day: 15, month: 6, year: 2026 }, to: { day: 14, month: 9, year: 2026 } };

describe('period words', () => {
  const summary =
    'Kết quả hoạt động của Trung tâm Phục vụ hành chính công quý II, nhiệm vụ trọng tâm quý III năm 2026 (Số liệu tính từ ngày 15/3 đến hết ngày 14/6/2026)';

  test('the old period is read from the report’s own words, a range without the start’s year included', () => {
    expect(statedPeriod([summary])).toEqual({
      quarter: 2,
      year: 2026,
      range: { from: { day: 15, month: 3, year: 2026 }, to: { day: 14, month: 6, year: 2026 } },
    });
    expect(statedPeriod(['(Số liệu tính từ ngày 15/12 đến hết ngày 14/3/2026)']).range).toEqual({
      from: { day: 15, month: 12, year: 2025 },
      to: { day: 14, month: 3, year: 2026 },
    });
  });

  test('quý II → quý III and quý III → quý IV in one pass, with the new dates', () => {
    const from = statedPeriod([summary]);
    expect(applyTextEdits(summary, periodEdits(summary, { from, to: { quarter: 3, year: 2026, range: Q3_RANGE } }))).toBe(
      'Kết quả hoạt động của Trung tâm Phục vụ hành chính công quý III, nhiệm vụ trọng tâm quý IV năm 2026 (Số liệu tính từ ngày 15/6 đến hết ngày 14/9/2026)',
    );
    expect(
      applyTextEdits(
        'II. NHIỆM VỤ TRỌNG TÂM QUÝ III NĂM 2026',
        periodEdits('II. NHIỆM VỤ TRỌNG TÂM QUÝ III NĂM 2026', { from, to: { quarter: 3, year: 2026 } }),
      ),
    ).toBe('II. NHIỆM VỤ TRỌNG TÂM QUÝ IV NĂM 2026');
  });

  test('quý IV → quý I of the next year: the next period’s year moves too', () => {
    const text = 'Trên đây là báo cáo … quý III, nhiệm vụ trọng tâm quý IV năm 2026./.';
    const from = { quarter: 3, year: 2026 };
    expect(applyTextEdits(text, periodEdits(text, { from, to: { quarter: 4, year: 2026 } }))).toBe(
      'Trên đây là báo cáo … quý IV, nhiệm vụ trọng tâm quý I năm 2026./.',
    );
    const heading = 'II. NHIỆM VỤ TRỌNG TÂM QUÝ I NĂM 2027';
    expect(applyTextEdits(heading, periodEdits(heading, { from: { quarter: 4, year: 2026 }, to: { quarter: 1, year: 2027 } }))).toBe(
      'II. NHIỆM VỤ TRỌNG TÂM QUÝ II NĂM 2027',
    );
  });

  test('the date line: the day left blank, the month and year of the new period’s end', () => {
    const line = 'An Phú, ngày 20 tháng 6 năm 2026';
    expect(applyTextEdits(line, dateLineEdits(line, Q3_RANGE.to))).toBe('An Phú, ngày      tháng 9 năm 2026');
    expect(applyTextEdits('Hà Nội, ngày …… tháng 12 năm 2025', dateLineEdits('Hà Nội, ngày …… tháng 12 năm 2025', { day: 14, month: 3, year: 2026 }))).toBe(
      'Hà Nội, ngày …… tháng 3 năm 2026',
    );
  });
});

describe('the outline', () => {
  test('section I.2 by its heading whatever its number; the parts and the closing', () => {
    const outline = outlinePreviousReport([
      'BÁO CÁO',
      'I. KẾT QUẢ',
      '1. Công tác lãnh đạo',
      '- a',
      '3. Kết quả tiếp nhận, giải quyết và trả kết quả TTHC',
      '- Tổng số hồ sơ tiếp nhận: 12 hồ sơ',
      '4. Khó khăn',
      'II. NHIỆM VỤ',
      '- b',
      'Trên đây là báo cáo …',
    ]);
    expect(outline).toMatchObject({
      partOne: { start: 1, end: 6 },
      partTwo: { start: 7, end: 8 },
      resultsSection: { start: 4, end: 5 },
      closing: 9,
      sectionHeadings: [2, 4, 6],
    });
  });
});

describe('review of part I', () => {
  const input = {
    totals: { received: 3575, 'received.online': 3556, 'received.direct': 0, 'received.carried': 19 },
    reconcile: {},
    oldRange: { from: { day: 15, month: 12, year: 2025 }, to: { day: 14, month: 3, year: 2026 } },
  };
  const found = (text: string) => reviewParagraph(text, 0, input).findings.map((f) => `${f.kind}:${f.found}`);

  test('counts, scores, ranks and dates of the old period are listed; cited documents and hotlines are not', () => {
    expect(found('- Đã ban hành 94 công văn; thực hiện Kế hoạch số 12/KH-UBND ngày 05/3/2026 và Nghị định số 118/2025/NĐ-CP ngày 09/6/2025.')).toEqual([
      'count:94',
    ]);
    expect(found('- Tổng số điểm: 97,76 điểm, xếp thứ hạng 50/114 xã (tính đến thời điểm ngày 28/02/2026).')).toEqual([
      'score:97,76',
      'rank:50/114',
      'date:28/02/2026',
    ]);
    expect(found('- Tiếp nhận 01 ý kiến trên tổng đài 1022; buộc làm thủ tục trực tuyến từ ngày 01/10/2025.')).toEqual(['count:01']);
    expect(found('- Thông tư 02/2026/TT-BNV; Nghị quyết số 57-NQ/TW; năm 2026.')).toEqual([]);
  });

  test('a figure the table checks and gets wrong is corrected; one it gets right is left unmarked', () => {
    const wrong = reviewParagraph('+ Tiếp nhận trực tuyến: 3.575 hồ sơ, đạt tỷ lệ 100%.', 0, input);
    expect(wrong.findings.map((f) => [f.kind, f.found, f.replacement])).toEqual([['corrected', '3.575', '3.556']]);
    expect(applyTextEdits('+ Tiếp nhận trực tuyến: 3.575 hồ sơ, đạt tỷ lệ 100%.', wrong.edits)).toBe('+ Tiếp nhận trực tuyến: 3.556 hồ sơ, đạt tỷ lệ 100%.');
    expect(reviewParagraph('+ Tiếp nhận trực tuyến: 3.556 hồ sơ, đạt tỷ lệ 100%.', 0, input).findings).toEqual([]);
  });
});
