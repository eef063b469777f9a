import { buildAnnexData } from '../../../src/core/build/build';
import { mapHeaders, headerScore } from '../../../src/core/build/columns';
import type { ExportCell } from '../../../src/core/build/types';
import { normaliseChannel } from '../../../src/core/build/channel';
import { detectDelimiter, parseCsv } from '../../../src/core/build/csv';
import { detectDayMonthOrder, parseDateText, readDateCell } from '../../../src/core/build/dates';
import { dayFromCivil, formatDay, parsePeriodDate, parseQuarter, quarterPeriod } from '../../../src/core/calendar';
import { parseBuildMapping } from '../../../src/core/build/mapping';
import { normaliseCode, readTable } from '../../../src/core/build/records';
import { normaliseStatus } from '../../../src/core/build/status';

const day = (text: string) => parsePeriodDate(text)!;

describe('dates', () => {
  test.each([
    ['15/03/2026', '15/03/2026'],
    ['5/3/2026', '05/03/2026'],
    ['15-03-2026', '15/03/2026'],
    ['15.03.2026', '15/03/2026'],
    ['15/03/2026 08:30', '15/03/2026'],
    ['15/03/2026 23:59:59', '15/03/2026'],
    ['15/03/2026 11:59:59 CH', '15/03/2026'],
    ['08:30:00 15/03/2026', '15/03/2026'],
    ['20260315', '15/03/2026'],
    ['20260315083000', '15/03/2026'],
    ['202603152359', '15/03/2026'],
    ['2026-03-15', '15/03/2026'],
    ['2026-03-15T08:30:00', '15/03/2026'],
    ['2026-03-15 23:30:00', '15/03/2026'],
    ['2026-03-14T17:00:00Z', '15/03/2026'],
    ['2026-03-14T16:59:59Z', '14/03/2026'],
    ['2026-03-15T00:30:00+07:00', '15/03/2026'],
    ['2026-03-15T20:00:00-05:00', '16/03/2026'],
    ['46096', '15/03/2026'],
    ['\u00a015/03/2026 ', '15/03/2026'],
  ])('%s is %s in Vietnam', (text, expected) => {
    const parsed = parseDateText(text);
    expect(parsed === null ? null : formatDay(parsed)).toBe(expected);
  });

  test.each(['31/02/2026', '29/02/2025', '15/13/2026', '15/03/2026 25:00', 'hôm qua', '2026-02-30', '15/03', '#REF!'])('%s is not a date', (text) => {
    expect(parseDateText(text)).toBeNull();
  });

  test('Excel serials are wall-clock dates; 8- and 14-digit numbers are compact dates', () => {
    expect(readDateCell(46096)).toEqual({ kind: 'date', day: day('15/03/2026') });
    expect(readDateCell(46096.99)).toEqual({ kind: 'date', day: day('15/03/2026') });
    expect(readDateCell(20260315)).toEqual({ kind: 'date', day: day('15/03/2026') });
    expect(readDateCell(20260315083000)).toEqual({ kind: 'date', day: day('15/03/2026') });
    expect(readDateCell(202603152359)).toEqual({ kind: 'date', day: day('15/03/2026') });
    expect(readDateCell(20261315083000)).toEqual({ kind: 'bad', raw: '20261315083000' });
    expect(readDateCell(null)).toEqual({ kind: 'blank' });
    expect(readDateCell('  ')).toEqual({ kind: 'blank' });
    expect(readDateCell(-5)).toEqual({ kind: 'bad', raw: '-5' });
    expect(readDateCell(true)).toEqual({ kind: 'bad', raw: 'true' });
  });

  test('a column proves it is month-first only when some value cannot be day-first', () => {
    expect(detectDayMonthOrder(['03/04/2026', '03/15/2026'])).toBe('mdy');
    expect(detectDayMonthOrder(['03/04/2026', '15/03/2026', '03/15/2026'])).toBe('dmy');
    expect(detectDayMonthOrder(['03/04/2026', 46096, null])).toBe('dmy');
    expect(formatDay(parseDateText('03/15/2026', 'mdy')!)).toBe('15/03/2026');
  });

  test('quarters follow the reporting period of the seed (15th to 14th)', () => {
    expect(quarterPeriod(2, 2026)).toEqual({ from: day('15/03/2026'), to: day('14/06/2026') });
    expect(quarterPeriod(1, 2026)).toEqual({ from: day('15/12/2025'), to: day('14/03/2026') });
    expect(quarterPeriod(4, 2026)).toEqual({ from: day('15/09/2026'), to: day('14/12/2026') });
    expect(['II', 'ii', '2', 'Q2', 'Quý II'].map(parseQuarter)).toEqual([2, 2, 2, 2, 2]);
    expect(parseQuarter('V')).toBeNull();
    expect(dayFromCivil(2026, 2, 29)).toBeNull();
  });
});

describe('statuses and channels', () => {
  test.each([
    ['Đã trả kết quả', 'returned'],
    ['ĐÃ TRẢ KQ', 'returned'],
    ['Hoàn thành', 'returned'],
    ['Đã có kết quả, chờ trả', 'returned'],
    ['Đang xử lý', 'processing'],
    ['Đang giải quyết', 'processing'],
    ['Chờ phê duyệt', 'processing'],
    ['Quá hạn', 'processing'],
    ['Yêu cầu bổ sung', 'supplement'],
    ['Chờ công dân bổ sung hồ sơ', 'supplement'],
    ['Từ chối giải quyết', 'rejected'],
    ['Không đủ điều kiện giải quyết', 'rejected'],
    ['Dừng xử lý', 'rejected'],
    ['Công dân rút hồ sơ', 'withdrawn'],
    ['Đã hủy', 'withdrawn'],
    ['Mới tiếp nhận', 'new'],
    ['Đã tiếp nhận', 'new'],
    ['Lưu nháp', null],
    ['', null],
  ])('"%s" is %s', (text, status) => {
    expect(normaliseStatus(text)).toBe(status);
  });

  test('the clerk\'s wording wins', () => {
    expect(normaliseStatus('Lưu nháp', { 'lưu NHÁP': 'processing' })).toBe('processing');
  });

  test.each([
    ['Trực tuyến', 'online'],
    ['Nộp trực tuyến toàn trình', 'online'],
    ['DVC một phần', 'online'],
    ['Online', 'online'],
    ['Trực tiếp', 'direct'],
    ['Dịch vụ bưu chính công ích', 'direct'],
    ['BCCI', 'direct'],
    ['Tại quầy', 'direct'],
    ['Khác', null],
  ])('channel "%s" is %s', (text, channel) => {
    expect(normaliseChannel(text)).toBe(channel);
  });
});

describe('header words', () => {
  test('maps the headers of different systems', () => {
    const headers = ['STT', 'Mã hồ sơ', 'Mã TTHC', 'Tên TTHC', 'Lĩnh vực', 'Hình thức nộp', 'Ngày tiếp nhận', 'Ngày hẹn trả kết quả', 'Ngày trả kết quả', 'Ngày kết thúc xử lý', 'Trạng thái', 'Trạng thái thanh toán', 'Ngày YCBS'];
    expect(mapHeaders(headers)).toEqual({
      code: 1,
      procedure: 3,
      field: 4,
      channel: 5,
      received: 6,
      due: 7,
      returned: 8,
      ended: 9,
      status: 10,
      supplementRequested: 12,
    });
  });

  test('accent, case and Unicode form do not matter', () => {
    expect(headerScore('NGAY TIEP NHAN', 'received')).toBe(10);
    expect(headerScore('Ngày tiếp nhận'.normalize('NFD'), 'received')).toBe(10);
    expect(headerScore('Mã lĩnh vực', 'field')).toBe(3);
    expect(headerScore('Người tiếp nhận', 'received')).toBe(0);
  });

  test('finds a header below a title block and across two header rows', () => {
    const table = {
      source: 'two-rows.csv',
      rows: [
        ['BÁO CÁO', '', '', '', ''],
        ['Mã hồ sơ', 'Lĩnh vực', 'Ngày', '', 'Trạng thái'],
        ['', '', 'Tiếp nhận', 'Trả kết quả', ''],
        ['A1', 'Hộ tịch', '01/04/2026', '02/04/2026', 'Đã trả kết quả'],
      ],
    };
    const read = readTable(table);
    expect(read.summary.mapping?.headerRow).toBe(2);
    expect(read.summary.mapping?.headers).toEqual({ code: 'Mã hồ sơ', field: 'Lĩnh vực', received: 'Ngày Tiếp nhận', returned: 'Ngày Trả kết quả', status: 'Trạng thái' });
    expect(read.records).toHaveLength(1);
    expect(read.records[0].line).toBe(4);
  });
});

describe('records', () => {
  test('codes: trimmed, upper-cased, every space removed', () => {
    expect(normaliseCode(' hs-001 ')).toBe('HS-001');
    expect(normaliseCode('000.00.21 .h12-260315-0001')).toBe('000.00.21.H12-260315-0001');
    expect(normaliseCode('\u00a0ab\u200bc')).toBe('ABC');
  });

  test('an ended dossier without its end date, or ending before it was received, is skipped with the reason; blanks stay unknown', () => {
    const read = readTable({
      source: 'x.csv',
      rows: [
        ['Mã hồ sơ', 'Lĩnh vực', 'Ngày tiếp nhận', 'Ngày trả kết quả', 'Trạng thái'],
        ['A1', 'Hộ tịch', '01/04/2026', '', 'Đã trả kết quả'],
        ['A2', 'Hộ tịch', '05/04/2026', '01/04/2026', 'Đã trả kết quả'],
        ['A3', '', '05/04/2026', '', 'Đang xử lý'],
        ['A4', 'Hộ tịch', '', '', 'Đang xử lý'],
        ['A5', 'Hộ tịch', '05/04/2026', '06/04/2026', ''],
      ],
    });
    expect(read.skipped.map((s) => [s.line, s.reason, s.column ?? null, s.value ?? null])).toEqual([
      [2, 'no-end-date', 'Trạng thái', 'Đã trả kết quả'],
      [3, 'end-before-received', 'Ngày trả kết quả', '01/04/2026'],
      [5, 'no-received-date', 'Ngày tiếp nhận', null],
    ]);
    // A blank field or status is not known: kept on the record, to be asked about, never guessed.
    expect(read.records.map((r) => [r.code, r.status, r.statusInferred, r.unknown])).toEqual([
      ['A3', 'processing', false, { field: 'blank', channel: 'no-column' }],
      ['A5', null, false, { status: 'blank', channel: 'no-column' }],
    ]);
    expect(read.warnings.map((w) => w.kind)).toEqual(['no-due-column']);
  });

  test('"sources": {"x.csv": {"status": "dates"}} reads the blank statuses from the dates, and says so', () => {
    const read = readTable(
      {
        source: 'x.csv',
        rows: [
          ['Mã hồ sơ', 'Lĩnh vực', 'Ngày tiếp nhận', 'Ngày trả kết quả', 'Trạng thái'],
          ['A5', 'Hộ tịch', '05/04/2026', '06/04/2026', ''],
          ['A6', 'Hộ tịch', '05/04/2026', '', ''],
          ['A7', 'Hộ tịch', '05/04/2026', '', 'Chờ xác minh'],
        ],
      },
      { sources: { 'x.csv': { status: 'dates' } } },
    );
    expect(read.records.map((r) => [r.code, r.status, r.statusInferred, r.unknown?.status])).toEqual([
      ['A5', 'returned', true, undefined],
      ['A6', 'processing', true, undefined],
      // A wording not understood is not blank: it keeps its question ("statuses" in the map).
      ['A7', null, false, 'wording'],
    ]);
    expect(read.warnings).toContainEqual({ kind: 'status-from-dates', source: 'x.csv', count: 2 });
  });

  test('a per-file channel for exports without a channel column', () => {
    const read = readTable(
      { source: 'dvcqg.xlsx › Sheet1', rows: [['Mã hồ sơ', 'Lĩnh vực', 'Ngày tiếp nhận'], ['A1', 'Hộ tịch', '01/04/2026']] },
      { sources: { 'dvcqg.xlsx': { channel: 'online' } } },
    );
    expect(read.records[0]).toMatchObject({ channel: 'online', channelAssumed: true, unknown: { status: 'no-column' } });
    expect(read.warnings).toEqual([
      { kind: 'no-due-column', source: 'dvcqg.xlsx › Sheet1' },
      { kind: 'channel-assumed', source: 'dvcqg.xlsx › Sheet1', count: 1, value: 'online' },
    ]);
  });

  test('field aliases merge a system\'s spelling into the annex\'s', () => {
    const read = readTable(
      { source: 'x.csv', rows: [['Mã hồ sơ', 'Lĩnh vực', 'Ngày tiếp nhận'], ['A1', 'Hộ tịch (cấp xã)', '01/04/2026']] },
      { fields: { 'HỘ TỊCH (CẤP XÃ)': 'Hộ tịch' } },
    );
    expect(read.records[0].field).toBe('Hộ tịch');
  });
});

describe('CSV', () => {
  test('quotes, doubled quotes, line breaks in fields, CRLF, and the delimiter of the file', () => {
    expect(parseCsv('a;"b;c";"say ""hi"""\r\n1;"two\nlines";3\r\n')).toEqual([
      ['a', 'b;c', 'say "hi"'],
      ['1', 'two\nlines', '3'],
    ]);
    expect(detectDelimiter('a,b,c\n1,2,3')).toBe(',');
    expect(detectDelimiter('a;b;c\n1;2,5;3')).toBe(';');
    expect(detectDelimiter('a\tb\tc\n1\t2\t3')).toBe('\t');
    expect(parseCsv('a,b\n1,2')).toEqual([['a', 'b'], ['1', '2']]);
    expect(parseCsv('a,b,\n,,')).toEqual([['a', 'b', ''], ['', '', '']]);
  });

  test('a title block with commas above a ";" table, and line ends mixed by a program appending to the file', () => {
    const text = 'HỆ THỐNG MỘT CỬA, TỈNH X\r\nDanh sách hồ sơ\r\n\r\nSố hồ sơ;Lĩnh vực;Hình thức nộp\r\nA1;Hộ tịch;Trực tiếp, bưu chính\nA2;"Chứng\r\nthực";Trực tuyến\r';
    expect(detectDelimiter(text)).toBe(';');
    expect(parseCsv(text)).toEqual([
      ['HỆ THỐNG MỘT CỬA, TỈNH X'],
      ['Danh sách hồ sơ'],
      [''],
      ['Số hồ sơ', 'Lĩnh vực', 'Hình thức nộp'],
      ['A1', 'Hộ tịch', 'Trực tiếp, bưu chính'],
      ['A2', 'Chứng\nthực', 'Trực tuyến'],
    ]);
  });
});

describe('the mapping file', () => {
  test('accepts every part and rejects unknown keys', () => {
    expect(parseBuildMapping({ columns: { code: 'Số biên nhận' }, sources: { 'a.csv': { channel: 'online' } }, fields: { a: 'b' } })).toEqual({
      ok: true,
      mapping: { columns: { code: 'Số biên nhận' }, sources: { 'a.csv': { channel: 'online' } }, fields: { a: 'b' } },
    });
    expect(parseBuildMapping({ colums: {} })).toEqual({ ok: false, problem: 'unknown key "colums" (columns, sources, statuses, channels, fields)' });
    expect(parseBuildMapping({ columns: { kode: 'x' } })).toMatchObject({ ok: false, problem: expect.stringContaining('columns.kode: unknown column') });
    expect(parseBuildMapping([])).toEqual({ ok: false, problem: 'the file must hold a JSON object' });
  });
});

describe('merging', () => {
  const table = (source: string, rows: ExportCell[][]) => ({
    source,
    rows: [['Mã hồ sơ', 'Lĩnh vực', 'Ngày tiếp nhận', 'Ngày trả kết quả', 'Trạng thái', 'Kênh nộp'], ...rows],
  });

  test('two ended records of one dossier: the later end wins, whatever the order of the files', () => {
    const a = table('a.csv', [['X1', 'Hộ tịch', '01/04/2026', '03/04/2026', 'Đã trả kết quả', 'Trực tiếp']]);
    const b = table('b.csv', [['x1', 'Hộ tịch', '01/04/2026', '05/04/2026', 'Từ chối giải quyết', 'Trực tiếp']]);
    for (const tables of [[a, b], [b, a]]) {
      const result = buildAnnexData(tables, { period: { from: day('15/03/2026'), to: day('14/06/2026') } });
      expect(result.dossiers.map((d) => [d.record.source, d.resultLeaf])).toEqual([['b.csv', 'resolved.rejected']]);
      expect(result.summary.conflicts[0].differences).toEqual(expect.arrayContaining(['status', 'ended']));
    }
  });

  test('an error value in a date column is an unreadable date, named', () => {
    const read = readTable(table('a.csv', [['X1', 'Hộ tịch', '#REF!', '', 'Đang xử lý']]));
    expect(read.skipped).toEqual([{ source: 'a.csv', line: 2, reason: 'unreadable-date', column: 'Ngày tiếp nhận', value: '#REF!', code: 'X1' }]);
  });
});
