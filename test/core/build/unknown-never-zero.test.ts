// Issue 10, rule 5: a dossier whose channel, status or field cannot be known is counted in no
// column; the build asks. Blanks of one record are taken from the other records of the dossier.
import { buildAnnexData } from '../../../src/core/build/build';
import { parsePeriodDate } from '../../../src/core/calendar';
import type { BuildMapping, ExportCell, ExportTable, Period } from '../../../src/core/build/types';

const day = (text: string) => parsePeriodDate(text)!;
const PERIOD: Period = { from: day('15/03/2026'), to: day('14/06/2026') };

const ONE_STOP_HEADER = ['Số hồ sơ', 'Lĩnh vực', 'Hình thức nộp', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Ngày trả kết quả', 'Trạng thái'];
const oneStop = (rows: ExportCell[][]): ExportTable => ({ source: 'mot-cua.csv', rows: [ONE_STOP_HEADER, ...rows] });
/** The portal's list as some provinces export it: no channel column at all. */
const PORTAL_HEADER = ['Mã hồ sơ', 'Lĩnh vực', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Ngày kết thúc xử lý', 'Trạng thái hồ sơ'];
const portal = (rows: ExportCell[][]): ExportTable => ({ source: 'dvcqg.xlsx › DS', rows: [PORTAL_HEADER, ...rows] });

const build = (tables: ExportTable[], mapping?: BuildMapping) => buildAnnexData(tables, { period: PERIOD, mapping });

describe('a list without a channel column', () => {
  const tables = [
    oneStop([
      ['A1', 'Hộ tịch', 'Nộp trực tuyến', '01/04/2026', '05/04/2026', '', 'Đang xử lý'],
      ['A2', 'Hộ tịch', 'Trực tiếp', '02/04/2026', '05/04/2026', '04/04/2026', 'Đã trả kết quả'],
    ]),
    portal([
      ['A1', 'Hộ tịch', '01/04/2026', '05/04/2026', '03/04/2026', 'Đã trả kết quả'],
      ['P1', 'Hộ tịch', '03/04/2026', '08/04/2026', '', 'Đang xử lý'],
      ['P2', 'Hộ tịch', '04/04/2026', '08/04/2026', '', 'Đang xử lý'],
      // Carried over from before the period: (6) whatever its channel — nothing to ask.
      ['P3', 'Hộ tịch', '01/03/2026', '08/04/2026', '', 'Đang xử lý'],
      // Received after the period: outside it, nothing to ask.
      ['P4', 'Hộ tịch', '20/06/2026', '25/06/2026', '', 'Đang xử lý'],
    ]),
  ];

  test('its dossiers are counted in no column until the clerk answers — never all in (5)', () => {
    const result = build(tables);
    expect(result.questions).toEqual([{ part: 'channel', reason: 'no-column', source: 'dvcqg.xlsx › DS', file: 'dvcqg.xlsx', count: 2, codes: ['P1', 'P2'] }]);
    expect(result.summary.unanswered).toBe(2);
    expect(result.dossiers.map((d) => [d.record.code, d.receivedLeaf]).sort()).toEqual([
      ['A1', 'received.online'],
      ['A2', 'received.direct'],
      ['P3', 'received.carried'],
    ]);
    expect(result.totals['received.direct']).toBe(1);
  });

  test('the same dossier in the other export gives its channel ("Nộp trực tuyến"), and the summary says so', () => {
    const result = build(tables);
    const a1 = result.dossiers.find((d) => d.record.code === 'A1')!;
    expect(a1.record).toMatchObject({ source: 'dvcqg.xlsx › DS', status: 'returned', channel: 'online', channelText: 'Nộp trực tuyến' });
    expect(a1.resultLeaf).toBe('resolved.early');
    expect(result.summary.filled).toEqual([{ code: 'A1', part: 'channel', from: { source: 'mot-cua.csv', line: 2 } }]);
    // A blank on one side is filled, not a disagreement: only the status differs.
    expect(result.summary.conflicts.map((c) => [c.code, c.differences])).toEqual([['A1', ['status']]]);
  });

  test('the answer ("sources": {"dvcqg.xlsx": {"channel": "online"}}) counts them online, and is listed', () => {
    const result = build(tables, { sources: { 'dvcqg.xlsx': { channel: 'online' } } });
    expect(result.questions).toEqual([]);
    expect(result.totals['received.online']).toBe(3);
    expect(result.totals['received.direct']).toBe(1);
    expect(result.summary.warnings).toContainEqual({ kind: 'channel-assumed', source: 'dvcqg.xlsx › DS', count: 5, value: 'online' });
  });

  test('a channel another system read beats the file\'s assumed one, without a conflict', () => {
    const result = build(
      [oneStop([['A9', 'Hộ tịch', 'Trực tiếp', '01/04/2026', '05/04/2026', '', 'Đang xử lý']]), portal([['A9', 'Hộ tịch', '01/04/2026', '05/04/2026', '03/04/2026', 'Đã trả kết quả']])],
      { sources: { 'dvcqg.xlsx': { channel: 'online' } } },
    );
    expect(result.dossiers[0]).toMatchObject({ receivedLeaf: 'received.direct', resultLeaf: 'resolved.early' });
    expect(result.summary.filled).toEqual([{ code: 'A9', part: 'channel', from: { source: 'mot-cua.csv', line: 2 } }]);
    expect(result.summary.conflicts[0].differences).toEqual(['status']);
  });
});

describe('blank and unknown values in a present column', () => {
  const codes = Array.from({ length: 12 }, (_, i) => `B${String(i + 1).padStart(2, '0')}`);

  test('blank channels: asked with their count and the first ten codes', () => {
    const result = build([oneStop(codes.map((code) => [code, 'Đất đai', '', '01/04/2026', '05/04/2026', '', 'Đang xử lý']))]);
    expect(result.questions).toEqual([
      { part: 'channel', reason: 'blank', source: 'mot-cua.csv', file: 'mot-cua.csv', header: 'Hình thức nộp', count: 12, codes: codes.slice(0, 10) },
    ]);
    expect(result.fields).toEqual([]);
  });

  test('a channel wording not understood is asked with the wording; the map\'s "channels" answers it', () => {
    const rows = [['C1', 'Đất đai', 'Zalo', '01/04/2026', '05/04/2026', '', 'Đang xử lý']];
    expect(build([oneStop(rows)]).questions).toEqual([
      { part: 'channel', reason: 'wording', source: 'mot-cua.csv', file: 'mot-cua.csv', header: 'Hình thức nộp', value: 'Zalo', count: 1, codes: ['C1'] },
    ]);
    const answered = build([oneStop(rows)], { channels: { zalo: 'online' } });
    expect(answered.questions).toEqual([]);
    expect(answered.dossiers.map((d) => d.receivedLeaf)).toEqual(['received.online']);
  });

  test('blank statuses are asked, not read from the dates; "status": "dates" is the answer', () => {
    const rows = [
      ['S1', 'Đất đai', 'Trực tiếp', '01/04/2026', '05/04/2026', '04/04/2026', ''],
      ['S2', 'Đất đai', 'Trực tiếp', '01/04/2026', '05/04/2026', '', ''],
    ];
    expect(build([oneStop(rows)]).questions).toEqual([
      { part: 'status', reason: 'blank', source: 'mot-cua.csv', file: 'mot-cua.csv', header: 'Trạng thái', count: 2, codes: ['S1', 'S2'] },
    ]);
    const answered = build([oneStop(rows)], { sources: { 'mot-cua.csv': { status: 'dates' } } });
    expect(answered.dossiers.map((d) => [d.record.code, d.resultLeaf])).toEqual([
      ['S1', 'resolved.early'],
      ['S2', 'pending.overdue'],
    ]);
  });

  test('a status wording not understood is asked (never skipped silently); the map\'s "statuses" answers it', () => {
    const rows = [['S3', 'Đất đai', 'Trực tiếp', '01/04/2026', '05/04/2026', '', 'Chờ xác minh']];
    expect(build([oneStop(rows)]).questions).toEqual([
      { part: 'status', reason: 'wording', source: 'mot-cua.csv', file: 'mot-cua.csv', header: 'Trạng thái', value: 'Chờ xác minh', count: 1, codes: ['S3'] },
    ]);
    expect(build([oneStop(rows)], { statuses: { 'Chờ xác minh': 'supplement' } }).dossiers[0].resultLeaf).toBe('pending.supplement');
  });

  test('a list without a status column is asked about: rejected, withdrawn and (16) cannot be known', () => {
    const table: ExportTable = { source: 'so.csv', rows: [['Mã hồ sơ', 'Lĩnh vực', 'Kênh nộp', 'Ngày tiếp nhận', 'Ngày trả'], ['T1', 'Hộ tịch', 'Trực tiếp', '01/04/2026', '02/04/2026']] };
    expect(build([table]).questions).toEqual([{ part: 'status', reason: 'no-column', source: 'so.csv', file: 'so.csv', count: 1, codes: ['T1'] }]);
    expect(build([table], { sources: { 'so.csv': { status: 'dates' } } }).dossiers[0].resultLeaf).toBe('resolved.onTime');
  });

  test('a blank field is taken from the other record of the dossier, else asked; "field" answers it', () => {
    const rows = [
      ['F1', '', 'Trực tiếp', '01/04/2026', '05/04/2026', '', 'Đang xử lý'],
      ['F2', '', 'Trực tiếp', '01/04/2026', '05/04/2026', '', 'Đang xử lý'],
    ];
    const other = portal([['F1', 'Chứng thực', '01/04/2026', '05/04/2026', '', 'Đang xử lý']]);
    const result = build([oneStop(rows), other]);
    expect(result.questions).toEqual([{ part: 'field', reason: 'blank', source: 'mot-cua.csv', file: 'mot-cua.csv', header: 'Lĩnh vực', count: 1, codes: ['F2'] }]);
    expect(result.fields.map((f) => f.field)).toEqual(['Chứng thực']);
    const answered = build([oneStop(rows), other], { sources: { 'mot-cua.csv': { field: 'Hộ tịch' } } });
    expect(answered.questions).toEqual([]);
    // F1's own file now says "Hộ tịch" only by assumption: the portal's stated field wins.
    expect(answered.dossiers.map((d) => [d.record.code, d.field]).sort()).toEqual([
      ['F1', 'Chứng thực'],
      ['F2', 'Hộ tịch'],
    ]);
  });
});

describe('merging across systems', () => {
  test('a due date left blank in the winning record is taken from the other: the dossier is late, not on time', () => {
    const result = build([
      oneStop([['D1', 'Hộ tịch', 'Trực tiếp', '01/04/2026', '05/04/2026', '', 'Đang xử lý']]),
      portal([['D1', 'Hộ tịch', '01/04/2026', '', '09/04/2026', 'Đã trả kết quả']]),
    ]);
    expect(result.dossiers[0]).toMatchObject({ resultLeaf: 'resolved.late' });
    expect(result.summary.filled.map((f) => f.part).sort()).toEqual(['channel', 'due']);
    expect(result.summary.warnings.filter((w) => w.kind === 'no-due-date')).toEqual([]);
  });

  test('records that both state different channels are a conflict, listed', () => {
    const result = build([
      oneStop([['K1', 'Hộ tịch', 'Trực tiếp', '01/04/2026', '05/04/2026', '', 'Đang xử lý']]),
      { source: 'b.csv', rows: [ONE_STOP_HEADER, ['K1', 'Hộ tịch', 'Trực tuyến', '01/04/2026', '05/04/2026', '', 'Đang xử lý']] },
    ]);
    expect(result.summary.conflicts).toEqual([
      {
        code: 'K1',
        winner: { source: 'b.csv', line: 2, status: 'processing' },
        others: [{ source: 'mot-cua.csv', line: 2, status: 'processing' }],
        differences: ['channel'],
      },
    ]);
    expect(result.summary.filled).toEqual([]);
  });
});
