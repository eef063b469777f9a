import { readFileSync } from 'fs';
import * as path from 'path';
import { periodOf } from '../../../src/core/narrative/period-choice';
import { narrativeToPlainText } from '../../../src/i18n/narrative/plain';
import { reconcileWithMessages as reconcileText, writeNarrative } from './write';
import type { TableColumn } from '../../../src/core/types';
import { seedFigures, seedTotals } from './seed-figures';

const SEED_TEXT = readFileSync(path.join(__dirname, '../../../assets/samples/bao-cao-quy-II-2026.txt'), 'utf8');

const seedColumns: TableColumn[] = (
  [
    [2, 'received'],
    [3, 'received.online'],
    [4, 'received.direct'],
    [5, 'received.carried'],
    [6, 'resolved'],
    [7, 'resolved.early'],
    [8, 'resolved.onTime'],
    [9, 'resolved.late'],
    [10, 'resolved.rejected'],
    [11, 'resolved.withdrawn'],
    [12, 'pending'],
    [13, 'pending.inTime'],
    [14, 'pending.overdue'],
    [15, 'pending.supplement'],
  ] as const
).map(([col, role]) => ({ col, letter: String.fromCharCode(65 + col), number: col + 1, label: role, role }));

describe('reconcileText on the seed report', () => {
  const report = reconcileText(SEED_TEXT, seedTotals, { columns: seedColumns });
  const lineOf = (needle: string) => SEED_TEXT.split('\n').findIndex((l) => l.startsWith(needle)) + 1;

  test('finds section I.2', () => {
    expect(report.section).toEqual({ start: lineOf('2. Kết quả tiếp nhận'), end: lineOf('3. Kết quả xếp hạng') - 1 });
  });

  test('flags the online figure as not matching column (4), and only it', () => {
    const mismatches = report.items.filter((i) => i.status === 'mismatch');
    expect(mismatches).toEqual([
      {
        line: lineOf('+ Tiếp nhận trực tuyến'),
        text: '+ Tiếp nhận trực tuyến: 3.575 hồ sơ, đạt tỷ lệ 100%. Trong đó:',
        offset: 24,
        subject: 'received.online',
        measure: 'count',
        statedText: '3.575',
        stated: 3575,
        expected: 3556,
        status: 'mismatch',
        message: {
          vi: 'Tiếp nhận trực tuyến: văn bản ghi 3.575 hồ sơ, bảng ghi 3.556 (cột (4)).',
          en: 'Received online: the text says 3,575 dossiers, the table gives 3,556 (column (4)).',
        },
      },
    ]);
  });

  test('finds every other count and rate consistent', () => {
    const consistent = report.items.filter((i) => i.status === 'consistent').map((i) => [i.subject, i.measure, i.statedText]);
    expect(consistent).toEqual([
      ['received', 'count', '3.575'],
      ['received.new', 'count', '3.556'],
      ['received.carried', 'count', '19'],
      ['received.online', 'rate', '100%'],
      ['resolved', 'count', '3.518'],
      ['resolved', 'rate', '98,4%'],
      ['resolved.early+onTime', 'count', '3.488'],
      ['resolved.early+onTime', 'rate', '97,6%'],
      ['resolved.rejected', 'count', '17'],
      ['resolved.rejected', 'rate', '0,5%'],
      ['resolved.withdrawn', 'count', '13'],
      ['resolved.withdrawn', 'rate', '0,4%'],
      ['pending', 'count', '57'],
      ['pending', 'rate', '1,6%'],
      ['pending.inTime', 'count', '47'],
      ['pending.inTime', 'rate', '1,3%'],
      ['pending.overdue', 'count', '0'],
      ['pending.overdue', 'rate', '0%'],
      ['pending.supplement', 'count', '10'],
      ['pending.supplement', 'rate', '0,3%'],
    ]);
    const rateMessage = (subject: string) => report.items.find((i) => i.subject === subject && i.measure === 'rate')!.message.vi;
    expect(rateMessage('received.online')).toBe('Tiếp nhận trực tuyến: tỷ lệ 100%, khớp với bảng ((4)/((4)+(5))).');
    expect(rateMessage('resolved.early+onTime')).toBe('Trả đúng, trước hạn: tỷ lệ 97,6%, khớp với bảng (((8)+(9))/(3)).');
  });

  test('online payment and digitisation are not checkable from the annex', () => {
    const notCheckable = report.items.filter((i) => i.status === 'not-checkable').map((i) => [i.subject, i.statedText]);
    expect(notCheckable).toEqual([
      ['payment', '100%'],
      ['payment', '99,88%'],
      ['payment', '100%'],
      ['digitisation', '100%'],
      ['digitisation', '100%'],
    ]);
    expect(report.items.find((i) => i.subject === 'digitisation')!.message.vi).toBe(
      'Số hóa hồ sơ, kết quả: 100% — phụ lục không có số liệu này, không đối chiếu được.',
    );
    expect(report.summary).toEqual({ consistent: 20, mismatch: 1, notCheckable: 5 });
  });
});

describe('reconcileText on other texts', () => {
  test("the product's own narrative agrees with its table, in both languages", () => {
    for (const lang of ['vi', 'en'] as const) {
      const figures = seedFigures();
      figures.fields[4].values['pending.overdue'] = 3;
      const text = narrativeToPlainText(writeNarrative(figures, { lang, period: periodOf({ kind: 'Q2', year: 2026 }) }));
      expect(reconcileText(text, seedTotals).summary).toEqual({ consistent: 23, mismatch: 0, notCheckable: 7 });
      const report = reconcileText(text, seedTotals, { fields: figures.fields });
      expect(report.section).not.toBeNull();
      expect(report.summary).toEqual({ consistent: 30, mismatch: 0, notCheckable: 0 });
    }
  });

  test('a wrong rate is reported with the rate computed from the table', () => {
    const report = reconcileText('- Số hồ sơ đã xử lý và trả kết quả: 3.518 hồ sơ (tỷ lệ 98,2%);', seedTotals);
    expect(report.section).toBeNull();
    expect(report.items[1]).toMatchObject({
      status: 'mismatch',
      expected: 98.4,
      message: { vi: 'Đã xử lý và trả kết quả: văn bản ghi tỷ lệ 98,2%, tính từ bảng là 98,4% (resolved/received).' },
    });
  });

  test('a rate with more decimals is checked at its precision', () => {
    const report = reconcileText('- Số hồ sơ đã xử lý và trả kết quả: 3.518 hồ sơ (tỷ lệ 98,41%);', seedTotals);
    expect(report.items[1]).toMatchObject({ status: 'consistent', expected: 98.41 });
  });

  test('"quá hạn" means returned late under resolved and overdue under pending', () => {
    const text = ['- Đã giải quyết và trả kết quả: 3.518 hồ sơ', '+ Quá hạn: 2 hồ sơ', '- Đang giải quyết: 57 hồ sơ', '+ Quá hạn: 0 hồ sơ'].join('\n');
    const report = reconcileText(text, seedTotals);
    expect(report.items.map((i) => [i.subject, i.stated, i.status])).toEqual([
      ['resolved', 3518, 'consistent'],
      ['resolved.late', 2, 'mismatch'],
      ['pending', 57, 'consistent'],
      ['pending.overdue', 0, 'consistent'],
    ]);
  });

  test('a figure whose column the form lacks cannot be checked', () => {
    const totals = { ...seedTotals };
    delete totals['pending.supplement'];
    const report = reconcileText('+ Hồ sơ yêu cầu bổ sung: 10 hồ sơ (tỷ lệ 0,3%);', totals);
    expect(report.items.map((i) => i.status)).toEqual(['not-checkable', 'not-checkable']);
    expect(report.items[0].message.vi).toBe('Yêu cầu bổ sung: 10 — bảng không có cột này, không đối chiếu được.');
  });

  test('text without figures gives nothing; dates and years are not figures', () => {
    expect(reconcileText('', seedTotals).items).toEqual([]);
    expect(reconcileText('Báo cáo quý II năm 2026, từ ngày 15/3 đến ngày 14/6/2026.', seedTotals).items).toEqual([]);
  });

  test('Windows line ends and decomposed (NFD) Vietnamese are read', () => {
    const text = '2. Kết quả tiếp nhận và trả kết quả\r\n- Tổng số hồ sơ tiếp nhận là: 3.575 hồ sơ.\r\n'.normalize('NFD');
    const report = reconcileText(text, seedTotals);
    expect(report.items.map((i) => [i.subject, i.status, i.line])).toEqual([['received', 'consistent', 2]]);
  });

  test('other ways clerks write the same figures', () => {
    const text = [
      '2. Kết quả giải quyết TTHC quý II năm 2026',
      '- Tổng số hồ sơ đã tiếp nhận trong kỳ báo cáo: 3.575 hồ sơ',
      '+ Số hồ sơ mới tiếp nhận trong kỳ 3.556 hồ sơ, tồn kỳ trước chuyển qua 19 hồ sơ',
      '- Số hồ sơ đã giải quyết: 3.518 hồ sơ, đạt 98,4%',
      '+ Giải quyết đúng hạn và trước hạn: 3.488 hồ sơ (99,1%)',
      '+ Công dân rút hồ sơ: 13 hồ sơ',
      '- Đang giải quyết 57 hồ sơ; trong đó: trong hạn 47 hồ sơ (82,5%); quá hạn 0 hồ sơ',
      '+ Hồ sơ chờ bổ sung: 10 hồ sơ',
    ].join('\n');
    const report = reconcileText(text, seedTotals, { columns: seedColumns });
    expect(report.items.map((i) => [i.subject, i.statedText, i.status])).toEqual([
      ['received', '3.575', 'consistent'],
      ['received.new', '3.556', 'consistent'],
      ['received.carried', '19', 'consistent'],
      ['resolved', '3.518', 'consistent'],
      ['resolved', '98,4%', 'consistent'],
      ['resolved.early+onTime', '3.488', 'consistent'],
      ['resolved.early+onTime', '99,1%', 'consistent'],
      ['resolved.withdrawn', '13', 'consistent'],
      ['pending', '57', 'consistent'],
      ['pending.inTime', '47', 'consistent'],
      ['pending.inTime', '82,5%', 'consistent'],
      ['pending.overdue', '0', 'consistent'],
      ['pending.supplement', '10', 'consistent'],
    ]);
    // A rate of a group's part may be taken against the group: the message says which.
    expect(report.items[6].message.vi).toBe('Trả đúng, trước hạn: tỷ lệ 99,1%, khớp với bảng (((8)+(9))/(7)).');
    expect(report.items[10].message.vi).toBe('Đang giải quyết trong hạn: tỷ lệ 82,5%, khớp với bảng ((14)/(13)).');
  });

  test('"đúng hạn" alone is on time plus early first (the official indicator), the on-time column alone second', () => {
    const onTimeOnly = reconcileText('- Đã giải quyết: 3.518 hồ sơ\n+ Đúng hạn: 0 hồ sơ', seedTotals, { columns: seedColumns });
    expect(onTimeOnly.items[1]).toMatchObject({
      subject: 'resolved.onTime',
      status: 'consistent',
      message: { vi: 'Trả đúng hạn: 0 hồ sơ, khớp với bảng (cột (9)).' },
    });
    const both = reconcileText('- Đã giải quyết: 3.518 hồ sơ\n+ Giải quyết đúng hạn: 3.488 hồ sơ (97,6%)', seedTotals, { columns: seedColumns });
    expect(both.items.slice(1).map((i) => [i.status, i.message.vi])).toEqual([
      ['consistent', 'Trả đúng hạn: 3.488 hồ sơ, khớp với bảng (cột (8)+(9)).'],
      ['consistent', 'Trả đúng hạn: tỷ lệ 97,6%, khớp với bảng (((8)+(9))/(3)).'],
    ]);
    const wrong = reconcileText('- Đã giải quyết: 3.518 hồ sơ\n+ Đúng hạn: 3.000 hồ sơ (90%)', seedTotals, { columns: seedColumns });
    expect(wrong.items.slice(1).map((i) => [i.status, i.expected, i.message.vi])).toEqual([
      ['mismatch', 3488, 'Trả đúng hạn: văn bản ghi 3.000 hồ sơ, bảng ghi 3.488 (cột (8)+(9)).'],
      ['mismatch', 97.6, 'Trả đúng hạn: văn bản ghi tỷ lệ 90%, tính từ bảng là 97,6% (((8)+(9))/(3)).'],
    ]);
  });

  test("the fields paragraph: each field's count and share checked against its row", () => {
    const figures = seedFigures();
    figures.fields[4].values['pending.overdue'] = 3;
    const text = narrativeToPlainText(writeNarrative(figures, { period: periodOf({ kind: 'Q2', year: 2026 }) }));
    const agreeing = reconcileText(text, seedTotals, { fields: figures.fields });
    expect(agreeing.summary).toEqual({ consistent: 30, mismatch: 0, notCheckable: 0 });
    expect(agreeing.items.filter((i) => i.field).map((i) => [i.field, i.subject, i.statedText])).toEqual([
      ['Chứng thực', 'received', '1.922'],
      ['Chứng thực', 'received', '53,8%'],
      ['Hộ tịch', 'received', '1.066'],
      ['Hộ tịch', 'received', '29,8%'],
      ['Thành lập và hoạt động doanh nghiệp (hộ kinh doanh)', 'received', '276'],
      ['Thành lập và hoạt động doanh nghiệp (hộ kinh doanh)', 'received', '7,7%'],
      ['Đất đai', 'pending.overdue', '3'],
    ]);
    const edited = text.replace('Chứng thực 1.922 hồ sơ (53,8%)', 'Chứng thực 1.992 hồ sơ (55,7%)').replace('Đất đai 3 hồ sơ', 'Đất đai 4 hồ sơ');
    const drifted = reconcileText(edited, seedTotals, { fields: figures.fields });
    expect(drifted.items.filter((i) => i.status === 'mismatch').map((i) => i.message.vi)).toEqual([
      'Lĩnh vực “Chứng thực”, tổng số hồ sơ tiếp nhận: văn bản ghi 1.992 hồ sơ, dòng của lĩnh vực trong bảng ghi 1.922.',
      'Lĩnh vực “Chứng thực”: văn bản ghi chiếm 55,7% tổng số hồ sơ tiếp nhận, tính từ bảng là 53,8%.',
      'Lĩnh vực “Đất đai”, đang giải quyết quá hạn: văn bản ghi 4 hồ sơ, dòng của lĩnh vực trong bảng ghi 3.',
    ]);
  });
});

describe('which group a bare "trong hạn" / "quá hạn" belongs to comes from the words, not the bullets', () => {
  const totals = {
    received: 26,
    'received.online': 11,
    'received.direct': 11,
    'received.carried': 4,
    resolved: 15,
    'resolved.early': 6,
    'resolved.onTime': 5,
    'resolved.late': 1,
    'resolved.rejected': 2,
    'resolved.withdrawn': 1,
    pending: 11,
    'pending.inTime': 3,
    'pending.overdue': 5,
    'pending.supplement': 3,
  };
  const subjects = (text: string) => reconcileText(text, totals, { columns: seedColumns }).items.map((i) => [i.subject, i.measure, i.stated, i.status]);

  test('Word list paragraphs (no "-"/"+" left in the text): pending overdue is checked against (15)', () => {
    const text = [
      'Hồ sơ đã xử lý và trả kết quả: 15 hồ sơ (tỷ lệ 57,7%);',
      'Số hồ sơ trả quá hạn: 1 hồ sơ;',
      'Hồ sơ rút: 1 hồ sơ;',
      'Hồ sơ đang giải quyết: 11 hồ sơ;',
      'Hồ sơ trong hạn: 3 hồ sơ (tỷ lệ 11,5%);',
      'Hồ sơ quá hạn: 5 hồ sơ (tỷ lệ 19,2%);',
      'Hồ sơ yêu cầu bổ sung: 3 hồ sơ;',
    ].join('\n');
    const report = reconcileText(text, totals, { columns: seedColumns });
    expect(report.items.map((i) => [i.subject, i.measure, i.stated, i.status])).toEqual([
      ['resolved', 'count', 15, 'consistent'],
      ['resolved', 'rate', 57.7, 'consistent'],
      ['resolved.late', 'count', 1, 'consistent'],
      ['resolved.withdrawn', 'count', 1, 'consistent'],
      ['pending', 'count', 11, 'consistent'],
      ['pending.inTime', 'count', 3, 'consistent'],
      ['pending.inTime', 'rate', 11.5, 'consistent'],
      ['pending.overdue', 'count', 5, 'consistent'],
      ['pending.overdue', 'rate', 19.2, 'consistent'],
      ['pending.supplement', 'count', 3, 'consistent'],
    ]);
    expect(report.items[7].message.vi).toBe('Đang giải quyết quá hạn: 5 hồ sơ, khớp với bảng (cột (15)).');
  });

  test('running prose: each part follows the last group named before it', () => {
    const text =
      'Trong kỳ, Trung tâm đã tiếp nhận tổng số 26 hồ sơ, tiếp nhận trực tuyến 11 hồ sơ, đạt 50%. Đã giải quyết 15 hồ sơ, đạt 57,7%, ' +
      'trong đó đúng và trước hạn 11 hồ sơ, quá hạn 1 hồ sơ. Đang giải quyết 11 hồ sơ, trong đó trong hạn 3 hồ sơ, quá hạn 5 hồ sơ, chờ bổ sung 3 hồ sơ.';
    expect(subjects(text)).toEqual([
      ['received', 'count', 26, 'consistent'],
      ['received.online', 'count', 11, 'consistent'],
      ['received.online', 'rate', 50, 'consistent'],
      ['resolved', 'count', 15, 'consistent'],
      ['resolved', 'rate', 57.7, 'consistent'],
      ['resolved.early+onTime', 'count', 11, 'consistent'],
      ['resolved.late', 'count', 1, 'consistent'],
      ['pending', 'count', 11, 'consistent'],
      ['pending.inTime', 'count', 3, 'consistent'],
      ['pending.overdue', 'count', 5, 'consistent'],
      ['pending.supplement', 'count', 3, 'consistent'],
    ]);
  });

  test('a flat "-" list: a part written as a top-level item stays in its group; a new topic leaves it', () => {
    const text = ['- Đang giải quyết: 11 hồ sơ', '- Quá hạn: 5 hồ sơ', '- Đã giải quyết: 15 hồ sơ', '- Quá hạn: 1 hồ sơ', '- Trong hạn: 9 hồ sơ'].join('\n');
    expect(subjects(text)).toEqual([
      ['pending', 'count', 11, 'consistent'],
      ['pending.overdue', 'count', 5, 'consistent'],
      ['resolved', 'count', 15, 'consistent'],
      ['resolved.late', 'count', 1, 'consistent'],
      // "Trong hạn" under resolved is resolved within the time limit: early plus on time (8)+(9) = 11.
      ['resolved.early+onTime', 'count', 9, 'mismatch'],
    ]);
  });
});

describe('other wordings of the same figures', () => {
  const check = (text: string) =>
    reconcileText(text, seedTotals, { columns: seedColumns }).items.map((i) => [i.subject, i.measure, i.stated, i.expected, i.status]);

  test('withdrawn: "công dân rút 12 hồ sơ", "Số hồ sơ công dân rút: 12", "Số hồ sơ đã rút: 12"', () => {
    expect(check('Đã giải quyết 3.518 hồ sơ; từ chối 17 hồ sơ; công dân rút 12 hồ sơ.')).toEqual([
      ['resolved', 'count', 3518, 3518, 'consistent'],
      ['resolved.rejected', 'count', 17, 17, 'consistent'],
      ['resolved.withdrawn', 'count', 12, 13, 'mismatch'],
    ]);
    expect(check('+ Số hồ sơ công dân rút: 12 hồ sơ;\n+ Số hồ sơ đã rút: 13 hồ sơ (0,4%);\n+ Tổ chức, cá nhân xin rút 13 hồ sơ')).toEqual([
      ['resolved.withdrawn', 'count', 12, 13, 'mismatch'],
      ['resolved.withdrawn', 'count', 13, 13, 'consistent'],
      ['resolved.withdrawn', 'rate', 0.4, 0.4, 'consistent'],
      ['resolved.withdrawn', 'count', 13, 13, 'consistent'],
    ]);
  });

  test('"rút ngắn thời gian", "rút kinh nghiệm" are not withdrawn dossiers', () => {
    const report = reconcileText('Rút ngắn thời gian giải quyết 5 ngày; rút kinh nghiệm 2 lần.', seedTotals);
    expect(report.items.map((i) => [i.subject, i.stated, i.status, i.message.vi])).toEqual([
      ['other', 5, 'not-checkable', '5 ngày — không phải số hồ sơ, không đối chiếu được: “Rút ngắn thời gian giải quyết 5 ngày”'],
      ['other', 2, 'not-checkable', '2 lần — không phải số hồ sơ, không đối chiếu được: “rút kinh nghiệm 2 lần”'],
    ]);
  });

  test('"đã giải quyết đúng hạn: N" is the on-time part, not the resolved total', () => {
    expect(check('- Số hồ sơ đã giải quyết đúng hạn: 3.518 hồ sơ;\n- Số hồ sơ đã giải quyết trước hạn: 3.488 hồ sơ;')).toEqual([
      ['resolved.onTime', 'count', 3518, 3488, 'mismatch'],
      ['resolved.early', 'count', 3488, 3488, 'consistent'],
    ]);
    expect(check('- Đang giải quyết quá hạn: 2 hồ sơ; đang giải quyết trong hạn: 47 hồ sơ')).toEqual([
      ['pending.overdue', 'count', 2, 0, 'mismatch'],
      ['pending.inTime', 'count', 47, 47, 'consistent'],
    ]);
  });

  test('"không giải quyết (trả lại)" is rejected', () => {
    expect(check('- Số hồ sơ không giải quyết (trả lại): 71 hồ sơ;\n- Số hồ sơ không được giải quyết: 17 hồ sơ')).toEqual([
      ['resolved.rejected', 'count', 71, 17, 'mismatch'],
      ['resolved.rejected', 'count', 17, 17, 'consistent'],
    ]);
  });
});

test('the fields paragraph: a field under two sections is checked against the sum of its rows', () => {
  const fields = [
    { row: 7, label: 'Hộ tịch', values: { received: 40 } },
    { row: 8, label: 'Chứng thực', values: { received: 30 } },
    { row: 10, label: 'Hộ tịch', values: { received: 20 } },
  ];
  const text = '- Các lĩnh vực tiếp nhận nhiều hồ sơ nhất: Hộ tịch 60 hồ sơ (66,7%); Chứng thực 30 hồ sơ (33,3%).';
  const report = reconcileText(text, { received: 90 }, { fields });
  expect(report.items.map((i) => [i.field, i.measure, i.stated, i.expected, i.status])).toEqual([
    ['Hộ tịch', 'count', 60, 60, 'consistent'],
    ['Hộ tịch', 'rate', 66.7, 66.7, 'consistent'],
    ['Chứng thực', 'count', 30, 30, 'consistent'],
    ['Chứng thực', 'rate', 33.3, 33.3, 'consistent'],
  ]);
});

test('a number of another unit is not a dossier count: "02 ý kiến", "25 thủ tục", "5 ngày"', () => {
  const text = [
    '- Trong quý đã giải quyết 02 ý kiến phản ánh, kiến nghị trên cổng dịch vụ công.',
    '- Công khai danh mục TTHC sửa đổi, bổ sung 25 thủ tục; rút ngắn 5 ngày.',
    '- Số hồ sơ đang giải quyết: 57 hồ sơ, trong đó quá hạn 0 hồ sơ.',
  ].join('\n');
  expect(reconcileText(text, seedTotals).items.map((i) => [i.subject, i.stated, i.status])).toEqual([
    ['other', 2, 'not-checkable'],
    ['other', 25, 'not-checkable'],
    ['other', 5, 'not-checkable'],
    ['pending', 57, 'consistent'],
    ['pending.overdue', 0, 'consistent'],
  ]);
});

test('"đúng hạn" next to a "trước hạn" figure of its own is the rest: (9) first', () => {
  const split = reconcileText('+ Số hồ sơ trả trước hạn: 3.000 hồ sơ (tỷ lệ 83,9%); đúng hạn: 488 hồ sơ (tỷ lệ 13,7%);', seedTotals, { columns: seedColumns });
  expect(split.items.map((i) => [i.subject, i.measure, i.expected, i.status, i.message.vi])).toEqual([
    ['resolved.early', 'count', 3488, 'mismatch', 'Trả trước hạn: văn bản ghi 3.000 hồ sơ, bảng ghi 3.488 (cột (8)).'],
    ['resolved.early', 'rate', 97.6, 'mismatch', 'Trả trước hạn: văn bản ghi tỷ lệ 83,9%, tính từ bảng là 97,6% ((8)/(3)).'],
    ['resolved.onTime', 'count', 0, 'mismatch', 'Trả đúng hạn: văn bản ghi 488 hồ sơ, bảng ghi 0 (cột (9)).'],
    ['resolved.onTime', 'rate', 0, 'mismatch', 'Trả đúng hạn: văn bản ghi tỷ lệ 13,7%, tính từ bảng là 0% ((9)/(3)).'],
  ]);
});

test('"Số hồ sơ tồn" is pending; "tồn kỳ trước" stays carried over', () => {
  const report = reconcileText('- Số hồ sơ tồn: 57 hồ sơ;\n+ Tồn kỳ trước chuyển qua: 19 hồ sơ', seedTotals);
  expect(report.items.map((i) => [i.subject, i.stated, i.status])).toEqual([
    ['pending', 57, 'consistent'],
    ['received.carried', 19, 'consistent'],
  ]);
});
