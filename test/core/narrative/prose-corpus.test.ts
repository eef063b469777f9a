// The prose corpus: every number of every paragraph read exactly as expected, and no number of
// any text left without a reading.
import fc from 'fast-check';
import { annexStart } from '../../../src/core/narrative/reconcile/lexicon';
import type { ReconcileReport } from '../../../src/core/narrative/reconcile/types';
import { reconcileMessage, referenceLine } from '../../../src/i18n/narrative/reconcile';
import { reconcileText } from '../../../src/core/narrative/reconcile/reconcile-text';
import { PROSE_CORPUS } from './prose-corpus';
import { readCorpusText, readingsOf } from './prose-readings';
import { builtFigures, CORPUS_COLUMNS } from './prose-tables';
import { seedFigures } from './seed-figures';

/** The digits of the lines read that no item or reference covers (outline numbering "2." aside). */
function unread(text: string, report: ReconcileReport): string[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const first = report.section ? report.section.start : 0;
  const last = report.section ? report.section.end : annexStart(lines);
  const missing: string[] = [];
  for (let n = first + 1; n <= last; n++) {
    const line = lines[n - 1].normalize('NFC').trim();
    const covered = [
      ...report.items.filter((i) => i.line === n).map((i) => [i.offset, i.offset + i.statedText.length]),
      ...report.references.flatMap((r) => r.places.filter((p) => p.line === n).map((p) => [p.offset, p.offset + p.length])),
    ];
    const numbering = /^(\d+\.)*\d+[.)](?=\s)/.exec(line)?.[0].length ?? 0;
    for (const match of line.matchAll(/(?<![\p{L}\d])\d+(?![\p{L}\d])/gu)) {
      const at = match.index ?? 0;
      if (at < numbering) continue;
      if (!covered.some(([start, end]) => at >= start && at < end)) missing.push(`line ${n}: ${match[0]} in “${line}”`);
    }
  }
  return missing;
}

describe('the prose corpus', () => {
  test('has at least 30 paragraphs in the styles reports are written in', () => {
    expect(PROSE_CORPUS.length).toBeGreaterThanOrEqual(30);
    const texts = PROSE_CORPUS.map((p) => p.text).join('\n');
    for (const style of ['đạt tỷ lệ', 'chiếm', 'trong đó', '/2.836', '(', 'Lĩnh vực', 'so với', 'Kế hoạch số', 'ngày']) expect(texts).toContain(style);
  });

  test.each(PROSE_CORPUS.map((p, i) => [`${i + 1}. ${p.style}`, p] as const))('%s', (_name, paragraph) => {
    const report = readCorpusText(paragraph.text, paragraph.table);
    expect(readingsOf(report)).toEqual(paragraph.readings);
    expect(unread(paragraph.text, report)).toEqual([]);
  });

  test('the summary counts agree with the readings, and the seed keeps its verdict', () => {
    const seed = PROSE_CORPUS[PROSE_CORPUS.length - 1];
    const report = readCorpusText(seed.text, seed.table);
    expect(report.summary).toEqual({ consistent: 20, mismatch: 1, notCheckable: 5 });
    expect(report.references.map((r) => [r.kind, r.text, r.places.length])).toEqual([
      ['date', 'quý II năm 2026', 1],
      ['date', '15/3', 1],
      ['date', '14/6/2026', 1],
      ['date', 'tháng 4', 1],
      ['date', 'tháng 5', 1],
      ['date', 'tháng 6', 1],
      ['date', '01/6/2026', 1],
    ]);
  });
});

describe('what the check says about numbers it cannot check', () => {
  const messages = (text: string, table: 'seed' | 'built' = 'built') =>
    readCorpusText(text, table).items.map((item) => [reconcileMessage(item, 'vi'), reconcileMessage(item, 'en')]);

  test('a comparison, with its sentence', () => {
    expect(messages('- Tổng số hồ sơ tiếp nhận là: 2.836 hồ sơ (tăng 120 hồ sơ, 4,4% so với quý I/2026). Trong đó:')[1]).toEqual([
      '120 — số so sánh với kỳ khác, không phải ô của bảng này, không đối chiếu được: “- Tổng số hồ sơ tiếp nhận là: 2.836 hồ sơ (tăng 120 hồ sơ, 4,4% so với quý I/2026)”',
      '120 — a change against another period, not a cell of this table, cannot be checked: “- Tổng số hồ sơ tiếp nhận là: 2.836 hồ sơ (tăng 120 hồ sơ, 4,4% so với quý I/2026)”',
    ]);
  });

  test('a field the table lacks, a number of something else, a number named by nothing', () => {
    expect(messages('Lĩnh vực Tư pháp tiếp nhận 120 hồ sơ.')).toEqual([
      [
        'Lĩnh vực “Tư pháp”: 120 — bảng không có dòng của lĩnh vực này, không đối chiếu được.',
        'Field “Tư pháp”: 120 — the table has no row for this field, cannot be checked.',
      ],
    ]);
    expect(messages('Ban hành 94 công văn; tổng đài 1022 hoạt động thông suốt.').map(([vi]) => vi)).toEqual([
      '94 công văn — không phải số hồ sơ, không đối chiếu được: “Ban hành 94 công văn”',
      '1022 — câu không nêu số liệu nào của bảng, không đối chiếu được: “tổng đài 1022 hoạt động thông suốt”',
    ]);
  });

  test('a field rate against its own received; a long sentence is quoted around the number', () => {
    expect(messages('- Lĩnh vực Hộ tịch: đã giải quyết 830 hồ sơ (98,3%).').map(([vi]) => vi)).toEqual([
      'Lĩnh vực “Hộ tịch”, đã xử lý và trả kết quả: 830 hồ sơ, khớp với dòng của lĩnh vực trong bảng.',
      'Lĩnh vực “Hộ tịch”, đã xử lý và trả kết quả: văn bản ghi tỷ lệ 98,3%, tính từ bảng là 98,2% (trên số hồ sơ tiếp nhận của lĩnh vực).',
    ]);
    const long = `Trong quý, ${'công tác cải cách hành chính tiếp tục được quan tâm, '.repeat(5)}tổng đài 1022 hoạt động thông suốt.`;
    const [vi] = messages(long)[0];
    expect(vi).toMatch(/^1022 — câu không nêu số liệu nào của bảng, không đối chiếu được: “…/);
    expect(vi).toContain('tổng đài 1022 hoạt động thông suốt”');
    expect(vi.length).toBeLessThan(260);
  });

  test('a date and a document are listed once, with every line they are on', () => {
    const report = readCorpusText(
      'Theo Kế hoạch số 12/KH-UBND ngày 15/6/2026, đã giải quyết 2.774 hồ sơ.\nĐến ngày 15/6/2026 còn 62 hồ sơ đang giải quyết.',
      'built',
    );
    expect(report.references.map((r) => [referenceLine(r, 'vi'), referenceLine(r, 'en')])).toEqual([
      ['Kế hoạch số 12/KH-UBND — Dòng 1', 'Kế hoạch số 12/KH-UBND — Line 1'],
      ['15/6/2026 — Dòng 1, 2', '15/6/2026 — Lines 1, 2'],
    ]);
    expect(report.summary).toEqual({ consistent: 2, mismatch: 0, notCheckable: 0 });
  });
});

describe('no number is ever skipped without a word', () => {
  const fragments = [
    'Tổng số hồ sơ tiếp nhận',
    'đã giải quyết',
    'đang giải quyết',
    'trong đó',
    'trực tuyến',
    'chiếm',
    'đạt tỷ lệ',
    'đạt',
    'hồ sơ',
    'quá hạn',
    'trong hạn',
    'bổ sung',
    'từ chối',
    'rút',
    'so với quý I/2026',
    'tăng',
    'giảm',
    'lĩnh vực Chứng thực',
    'lĩnh vực Tư pháp',
    'Hộ tịch',
    'Kế hoạch số',
    'Quyết định',
    'ngày',
    'tháng',
    'năm',
    'công văn',
    'điểm',
    'xếp thứ hạng',
    'phấn đấu',
    'thanh toán phí, lệ phí',
    'Số hóa',
    '(',
    ')',
    ',',
    ';',
    '.',
    ':',
    '/',
    '-',
    '+',
    '%',
    'tổng đài',
    'Covid',
  ];
  const number = fc.oneof(
    fc.integer({ min: 0, max: 99999 }).map(String),
    fc.integer({ min: 1000, max: 99999 }).map((n) => n.toLocaleString('de-DE')),
    fc.integer({ min: 1000, max: 99999 }).map((n) => n.toLocaleString('en-US')),
    fc.tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 99 })).map(([a, b]) => `${a},${b}`),
    fc.tuple(fc.integer({ min: 1, max: 31 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 2020, max: 2030 })).map(([d, m, y]) => `${d}/${m}/${y}`),
    fc.integer({ min: 1, max: 999 }).map((n) => `${n}/KH-UBND`),
    fc.tuple(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1, max: 9999 })).map(([a, b]) => `${a}/${b}`),
  );
  const piece = fc.oneof(fc.constantFrom(...fragments), number);
  const paragraph = fc
    .array(
      fc.array(piece, { minLength: 1, maxLength: 14 }).map((words) => words.join(' ')),
      { minLength: 1, maxLength: 4 },
    )
    .map((lines) => lines.join('\n'));

  test('random report prose: every number of the lines read has a reading or is a date or document', () => {
    fc.assert(
      fc.property(paragraph, fc.constantFrom('seed' as const, 'built' as const), (text, table) => {
        const report = readCorpusText(text, table);
        expect(unread(text, report)).toEqual([]);
        for (const item of report.items) {
          // "98,4 %" is stated as "98,4%": the number itself is where the offset says.
          expect(item.text.slice(item.offset).startsWith(item.statedText.replace(/%$/, ''))).toBe(true);
          expect(reconcileMessage(item, 'vi')).not.toBe('');
        }
      }),
      { numRuns: 400 },
    );
  });
});

describe('comparisons checked when the previous table is given', () => {
  const read = (text: string, table: 'seed' | 'built', previous: Record<string, number>) => {
    const figures = (table === 'seed' ? seedFigures : builtFigures)();
    return reconcileText(text, figures.totals, { columns: CORPUS_COLUMNS, fields: figures.fields, previous });
  };
  const line = '- Tổng số hồ sơ tiếp nhận là: 2.836 hồ sơ (tăng 120 hồ sơ, 4,4% so với quý I/2026). Trong đó:';

  test('the change of the count and its percentage of the earlier count', () => {
    const agreeing = read(line, 'built', { received: 2716 });
    expect(readingsOf(agreeing)).toEqual([
      ['2.836', '= (3)'],
      ['120', '= change'],
      ['4,4%', '= change'],
      ['quý I/2026', 'date'],
    ]);
    expect(agreeing.items.map((i) => reconcileMessage(i, 'vi'))[1]).toBe('Tổng số hồ sơ tiếp nhận, so với kỳ trước: tăng 120, khớp với bảng kỳ trước.');
    const differing = read(line, 'built', { received: 2800 });
    expect(readingsOf(differing).slice(1, 3)).toEqual([
      ['120', '≠ 36 change'],
      ['4,4%', '≠ 1,3% change'],
    ]);
    expect(differing.items.map((i) => reconcileMessage(i, 'vi'))[2]).toBe(
      'Tổng số hồ sơ tiếp nhận, so với kỳ trước: văn bản ghi 4,4%, tính từ bảng kỳ trước là tăng 1,3%.',
    );
    // "tăng" where the count fell is a mismatch even when the amount is right.
    expect(readingsOf(read(line, 'built', { received: 2956 }))[1]).toEqual(['120', '≠ 120 change']);
  });

  test('a rate change in points; without the figure in the previous table it stays not checkable', () => {
    const text = '+ Số hồ sơ trả đúng, trước hạn: 3.488 hồ sơ (tỷ lệ 97,6%; tăng 1,2 điểm phần trăm so với quý I năm 2026);';
    expect(readingsOf(read(text, 'seed', { received: 3000, 'resolved.early': 2892, 'resolved.onTime': 0 }))[2]).toEqual(['1,2', '= change']);
    const wrong = read(text, 'seed', { received: 3000, 'resolved.early': 2890, 'resolved.onTime': 0 });
    expect(reconcileMessage(wrong.items[2], 'vi')).toBe(
      'Trả đúng, trước hạn, so với kỳ trước: văn bản ghi 1,2 điểm phần trăm, tính từ bảng kỳ trước là tăng 1,3 điểm phần trăm.',
    );
    expect(readingsOf(read(text, 'seed', { received: 3000 }))[2]).toEqual(['1,2', '? comparison']);
  });
});
