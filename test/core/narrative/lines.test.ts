import { omittedLineNames } from '../../../src/i18n/narrative/reconcile';
import { fillTemplate } from '../../../src/i18n/narrative/render';
import { periodOf } from '../../../src/core/narrative/period-choice';
import { narrativeLines, narrativeToPlainText } from '../../../src/i18n/narrative/plain';
import { writeNarrative } from './write';
import type { Role, TableFigures } from '../../../src/core/types';
import { REQUIRED_LINES, expectLinesInOrder, seedFigures } from './seed-figures';

const Q2_2026 = periodOf({ kind: 'Q2', year: 2026 });

function without(figures: TableFigures, roles: Role[]): TableFigures {
  const totals = { ...figures.totals };
  for (const role of roles) delete totals[role];
  const fields = figures.fields.map((f) => {
    const values = { ...f.values };
    for (const role of roles) delete values[role];
    return { ...f, values };
  });
  return { ...figures, totals, fields };
}

describe('buildNarrative on the seed figures', () => {
  const lines = narrativeLines(writeNarrative(seedFigures(), { period: Q2_2026 }));

  test('has the required lines of section I.2 verbatim and in order', () => {
    expectLinesInOrder(lines, REQUIRED_LINES);
    expect(lines.slice(0, REQUIRED_LINES.length)).toEqual(REQUIRED_LINES);
  });

  test('marks what the annex cannot give as blanks, then the fields and the annex note', () => {
    expect(lines.slice(REQUIRED_LINES.length)).toEqual([
      '- Số hồ sơ thanh toán phí, lệ phí trực tuyến: đạt […]%.',
      '- Số hóa […]% hồ sơ đầu vào, […]% kết quả giải quyết thủ tục hành chính.',
      '- Các lĩnh vực tiếp nhận nhiều hồ sơ nhất: Chứng thực 1.922 hồ sơ (53,8%); Hộ tịch 1.066 hồ sơ (29,8%); Thành lập và hoạt động doanh nghiệp (hộ kinh doanh) 276 hồ sơ (7,7%).',
      '- Không có lĩnh vực nào có hồ sơ trả quá hạn hay đang giải quyết quá hạn.',
      '(Có bảng kết quả từng lĩnh vực cụ thể gửi kèm)',
    ]);
  });

  test('blanks carry a hint and figures their role and value', () => {
    const model = writeNarrative(seedFigures(), { period: Q2_2026 });
    const payment = model.paragraphs.find((p) => p.key === 'payment')!;
    expect(payment.runs.find((r) => r.type === 'blank')).toEqual({
      type: 'blank',
      hint: 'tỷ lệ hồ sơ thanh toán phí, lệ phí trực tuyến (không có trong phụ lục)',
    });
    const english = writeNarrative(seedFigures(), { period: Q2_2026, lang: 'en' }).paragraphs.find((p) => p.key === 'payment')!;
    expect(english.runs.find((r) => r.type === 'blank')).toEqual({ type: 'blank', hint: 'share of dossiers with fees paid online (not in the annex)' });
    const resolved = model.paragraphs.find((p) => p.key === 'resolved')!;
    expect(resolved.runs.filter((r) => r.type === 'figure')).toEqual([
      { type: 'figure', text: '3.518', role: 'resolved', measure: 'count', value: 3518 },
      { type: 'figure', text: '98,4%', role: 'resolved', measure: 'rate', value: 98.4 },
    ]);
    expect(model.omitted).toEqual([]);
  });

  test('writes English with English number format', () => {
    const en = narrativeLines(writeNarrative(seedFigures(), { lang: 'en', period: Q2_2026 }));
    expectLinesInOrder(en, [
      '2. Administrative-procedure (TTHC) dossiers received and resolved, quarter II of 2026 (from 15/3 to 14/6/2026):',
      '- Total dossiers received: 3,575 dossiers, of which:',
      '+ Received online: 3,556 dossiers, a rate of 100%.',
      '- Dossiers processed and returned: 3,518 dossiers (rate 98.4%);',
    ]);
  });
});

describe('buildNarrative on other forms', () => {
  test('a form without the online/direct split and without early/on-time split', () => {
    const figures = without(seedFigures(), ['received.online', 'received.direct', 'resolved.early']);
    const lines = narrativeLines(writeNarrative(figures, { period: Q2_2026 }));
    expect(lines).toContain('+ Tiếp nhận trong kỳ: 3.556 hồ sơ; kỳ trước chuyển sang: 19 hồ sơ.');
    expect(lines.some((l) => l.includes('trực tuyến: 3'))).toBe(false);
    expect(lines).toContain('+ Số hồ sơ trả đúng hạn: 0 hồ sơ (tỷ lệ 0%);');
    expect(lines.some((l) => l.includes('đúng, trước hạn'))).toBe(false);
  });

  test('a combined early+on-time column is used as is', () => {
    const figures = without(seedFigures(), ['resolved.early', 'resolved.onTime']);
    figures.totals['resolved.early+onTime'] = 3488;
    expect(narrativeLines(writeNarrative(figures, { period: Q2_2026 }))).toContain('+ Số hồ sơ trả đúng, trước hạn: 3.488 hồ sơ (tỷ lệ 97,6%);');
  });

  test('a form lacking pending sub-columns omits those lines and says which', () => {
    const figures = without(seedFigures(), ['pending.inTime', 'pending.overdue', 'pending.supplement', 'resolved.late']);
    const model = writeNarrative(figures, { period: Q2_2026 });
    const lines = narrativeLines(model);
    expect(lines.filter((l) => /trong hạn|quá hạn|bổ sung/.test(l))).toEqual([]);
    expect(model.omitted).toEqual([
      { key: 'resolved.late', missing: ['resolved.late'] },
      { key: 'pending.inTime', missing: ['pending.inTime'] },
      { key: 'pending.overdue', missing: ['pending.overdue'] },
      { key: 'pending.supplement', missing: ['pending.supplement'] },
    ]);
    expect(
      omittedLineNames(
        model.omitted.map((o) => o.key),
        'vi',
      ),
    ).toBe('Trả quá hạn, Đang giải quyết trong hạn, Đang giải quyết quá hạn, Yêu cầu bổ sung');
  });

  test('zero received gives counts without rates', () => {
    const figures: TableFigures = {
      totals: { received: 0, resolved: 0, pending: 0, 'received.online': 0, 'received.direct': 0 },
      totalsSource: 'field-sum',
      fields: [],
    };
    const lines = narrativeLines(writeNarrative(figures, { period: Q2_2026 }));
    expect(lines).toContain('- Số hồ sơ đã xử lý và trả kết quả: 0 hồ sơ;');
    expect(lines).toContain('+ Tiếp nhận trực tuyến: 0 hồ sơ.');
  });

  test('rates drop a trailing ,0 and round half-up on the exact fraction', () => {
    const figures: TableFigures = { totals: { received: 2000, resolved: 80, pending: 9 }, totalsSource: 'totals-row', fields: [] };
    const lines = narrativeLines(writeNarrative(figures, { period: Q2_2026 }));
    expect(lines).toContain('- Số hồ sơ đã xử lý và trả kết quả: 80 hồ sơ (tỷ lệ 4%);');
    // 9/2000 = 0,45% exactly → 0,5% (a float toFixed gives 0,4% or 0,5% by luck)
    expect(lines).toContain('- Hồ sơ đang giải quyết: 9 hồ sơ (tỷ lệ 0,5%);');
  });

  test('fields with late or overdue dossiers are named', () => {
    const figures = seedFigures();
    figures.fields[4].values['pending.overdue'] = 3;
    figures.fields[0].values['resolved.late'] = 2;
    figures.fields[9].values['resolved.late'] = 1;
    const lines = narrativeLines(writeNarrative(figures, { period: Q2_2026 }));
    expect(lines).toContain('- Lĩnh vực có hồ sơ trả quá hạn: Hộ tịch 2 hồ sơ; Chứng thực 1 hồ sơ.');
    expect(lines).toContain('- Lĩnh vực có hồ sơ đang giải quyết quá hạn: Đất đai 3 hồ sơ.');
  });

  test('the same field under two sections is one field: its rows are added up', () => {
    const figures: TableFigures = {
      totals: { received: 115, 'resolved.late': 3, 'pending.overdue': 2 },
      totalsSource: 'totals-row',
      fields: [
        { row: 7, label: 'Hộ tịch', values: { received: 40, 'resolved.late': 1, 'pending.overdue': 0 } },
        { row: 8, label: 'Chứng thực', values: { received: 30, 'resolved.late': 0, 'pending.overdue': 0 } },
        { row: 10, label: ' HỘ  TỊCH ', values: { received: 20, 'resolved.late': 1, 'pending.overdue': 0 } },
        { row: 11, label: 'Đất đai', values: { received: 25, 'resolved.late': 1, 'pending.overdue': 2 } },
      ],
    };
    const lines = narrativeLines(writeNarrative(figures, { period: Q2_2026 }));
    expect(lines).toContain('- Các lĩnh vực tiếp nhận nhiều hồ sơ nhất: Hộ tịch 60 hồ sơ (52,2%); Chứng thực 30 hồ sơ (26,1%); Đất đai 25 hồ sơ (21,7%).');
    expect(lines).toContain('- Lĩnh vực có hồ sơ trả quá hạn: Hộ tịch 2 hồ sơ; Đất đai 1 hồ sơ.');
    expect(lines).toContain('- Lĩnh vực có hồ sơ đang giải quyết quá hạn: Đất đai 2 hồ sơ.');
  });

  test('hostile field labels are written as plain text on one line', () => {
    const figures = seedFigures();
    figures.fields[9].label = 'Chứng\nthực <script>alert(1)</script>';
    const text = narrativeToPlainText(writeNarrative(figures, { period: Q2_2026 }));
    expect(text).toContain('Chứng thực <script>alert(1)</script> 1.922 hồ sơ (53,8%)');
  });
});

describe('the heading', () => {
  const headingOf = (period: ReturnType<typeof periodOf>) => narrativeLines(writeNarrative(seedFigures(), { period }))[0];

  test('for each kind of period', () => {
    expect(headingOf(periodOf({ kind: 'Q1', year: 2026 }))).toBe(
      '2. Kết quả tiếp nhận và trả kết quả giải quyết TTHC quý I năm 2026 (thời điểm từ ngày 15/12/2025 đến ngày 14/3/2026):',
    );
    expect(headingOf(periodOf({ kind: '6M', year: 2026 }))).toBe(
      '2. Kết quả tiếp nhận và trả kết quả giải quyết TTHC 6 tháng đầu năm 2026 (thời điểm từ ngày 15/12/2025 đến ngày 14/6/2026):',
    );
    expect(headingOf(periodOf({ kind: '9M', year: 2026 }))).toBe(
      '2. Kết quả tiếp nhận và trả kết quả giải quyết TTHC 9 tháng năm 2026 (thời điểm từ ngày 15/12/2025 đến ngày 14/9/2026):',
    );
    expect(headingOf(periodOf({ kind: 'Y', year: 2026 }))).toBe(
      '2. Kết quả tiếp nhận và trả kết quả giải quyết TTHC năm 2026 (thời điểm từ ngày 15/12/2025 đến ngày 14/12/2026):',
    );
  });

  test('unknown parts are blanks, never guessed', () => {
    expect(headingOf(periodOf({}))).toBe('2. Kết quả tiếp nhận và trả kết quả giải quyết TTHC quý […] năm […] (thời điểm từ ngày […] đến ngày […]):');
    expect(headingOf(periodOf({ kind: 'Q3' }))).toBe(
      '2. Kết quả tiếp nhận và trả kết quả giải quyết TTHC quý III năm […] (thời điểm từ ngày […] đến ngày […]):',
    );
  });

  test('a period that is no official one is named by its dates, never as a quarter', () => {
    const monthly = periodOf({ from: { day: 21, month: 7, year: 2026 }, to: { day: 20, month: 8, year: 2026 } });
    expect(headingOf(monthly)).toBe('2. Kết quả tiếp nhận và trả kết quả giải quyết TTHC từ ngày 21/7 đến ngày 20/8/2026:');
    expect(narrativeLines(writeNarrative(seedFigures(), { period: monthly, lang: 'en' }))[0]).toBe(
      '2. Administrative-procedure (TTHC) dossiers received and resolved, from 21/7 to 20/8/2026:',
    );
    const ownQuarter = periodOf({ kind: 'Q1', year: 2026, from: { day: 1, month: 12, year: 2025 }, to: { day: 28, month: 2, year: 2026 } });
    expect(headingOf(ownQuarter)).toBe(
      '2. Kết quả tiếp nhận và trả kết quả giải quyết TTHC quý I năm 2026 (thời điểm từ ngày 01/12/2025 đến ngày 28/02/2026):',
    );
  });
});

describe('fillTemplate', () => {
  test('merges text and keeps figure runs', () => {
    expect(fillTemplate('a {x} b {y}.', { x: [{ type: 'text', text: 'X' }], y: [{ type: 'blank', hint: 'h' }] })).toEqual([
      { type: 'text', text: 'a X b ' },
      { type: 'blank', hint: 'h' },
      { type: 'text', text: '.' },
    ]);
  });
  test('a missing slot is a programming error', () => {
    expect(() => fillTemplate('{nope}', {})).toThrow('Template slot {nope} has no value');
  });
});
