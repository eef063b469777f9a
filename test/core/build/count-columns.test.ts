import { parsePeriodDate } from '../../../src/core/calendar';
import { readDateCell } from '../../../src/core/build/dates';
import { readTable } from '../../../src/core/build/records';

const SERIAL_1_APRIL_2026 = 46113;

describe('small numbers are not dates', () => {
  test.each([5, 15, 0.5, 36525])('the number %p is a count, not a 1900 date', (value) => {
    expect(readDateCell(value)).toEqual({ kind: 'bad', raw: String(value), count: true });
  });

  test.each(['5', '15', '0,5'])('the text %p is a count, not a date', (value) => {
    expect(readDateCell(value)).toEqual({ kind: 'bad', raw: value, count: true });
  });

  test('serials from 2000 on are dates', () => {
    expect(readDateCell(36526)).toEqual({ kind: 'date', day: 10957 });
  });

  test('a date column holding day counts is not read as dates; another column takes its place', () => {
    const read = readTable({
      source: 'x.xlsx › DS',
      rows: [
        ['Mã hồ sơ', 'Lĩnh vực', 'Ngày tiếp nhận', 'Hạn giải quyết (ngày)', 'Ngày hẹn', 'Trạng thái'],
        ['A1', 'Hộ tịch', SERIAL_1_APRIL_2026, 5, SERIAL_1_APRIL_2026 + 5, 'Đang xử lý'],
        ['A2', 'Hộ tịch', SERIAL_1_APRIL_2026, 15, SERIAL_1_APRIL_2026 + 15, 'Đang xử lý'],
      ],
    });
    expect(read.summary.mapping?.headers.due).toBe('Ngày hẹn');
    expect(read.records.map((r) => r.due! - r.received)).toEqual([5, 15]);
    expect(read.warnings).toContainEqual({ kind: 'count-not-date-column', source: 'x.xlsx › DS', key: 'due', header: 'Hạn giải quyết (ngày)' });
  });

  test('without another column the day counts leave no due column, and nothing is read as 1900', () => {
    const read = readTable({
      source: 't.xlsx',
      rows: [
        ['Mã hồ sơ', 'Lĩnh vực', 'Ngày tiếp nhận', 'Thời hạn giải quyết', 'Trạng thái'],
        ['A1', 'Hộ tịch', SERIAL_1_APRIL_2026, 5, 'Đang xử lý'],
        ['A2', 'Hộ tịch', SERIAL_1_APRIL_2026, 15, 'Đang xử lý'],
      ],
    });
    expect(read.summary.mapping?.columns.due).toBeUndefined();
    expect(read.records.map((r) => r.due)).toEqual([null, null]);
    expect(read.warnings.map((w) => w.kind)).toEqual(['count-not-date-column', 'no-due-column']);
  });

  test('a lone small number in a real date column is a skipped row with its reason', () => {
    const read = readTable({
      source: 't.csv',
      rows: [
        ['Mã hồ sơ', 'Lĩnh vực', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Trạng thái'],
        ['A1', 'Hộ tịch', '01/04/2026', '10/04/2026', 'Đang xử lý'],
        ['A2', 'Hộ tịch', '01/04/2026', '10/04/2026', 'Đang xử lý'],
        ['A3', 'Hộ tịch', '01/04/2026', '7', 'Đang xử lý'],
      ],
    });
    expect(read.skipped).toEqual([{ source: 't.csv', line: 4, reason: 'number-not-date', column: 'Ngày hẹn trả', value: '7', code: 'A3' }]);
  });
});

describe('dates that contradict each other are warned', () => {
  test('a due date before the receipt date is a warning naming the dossier', () => {
    const read = readTable({
      source: 't.csv',
      rows: [
        ['Mã hồ sơ', 'Lĩnh vực', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Trạng thái'],
        ['A1', 'Hộ tịch', '20/05/2026', '01/05/2026', 'Đang xử lý'],
        ['A2', 'Hộ tịch', '20/05/2026', '20/05/2026', 'Đang xử lý'],
      ],
    });
    expect(read.records).toHaveLength(2);
    expect(read.warnings.filter((w) => w.kind === 'due-before-received')).toEqual([{ kind: 'due-before-received', source: 't.csv', line: 2, code: 'A1' }]);
  });

  test('an end date before the receipt date is a skipped row', () => {
    const read = readTable({
      source: 't.csv',
      rows: [
        ['Mã hồ sơ', 'Lĩnh vực', 'Ngày tiếp nhận', 'Ngày trả kết quả', 'Trạng thái'],
        ['A1', 'Hộ tịch', '20/05/2026', '01/05/2026', 'Đã trả kết quả'],
      ],
    });
    expect(read.skipped).toEqual([
      { source: 't.csv', line: 2, reason: 'end-before-received', column: 'Ngày trả kết quả', value: '01/05/2026', code: 'A1' },
    ]);
  });
});

describe('dates written before 2000 are the "no date" of database exports', () => {
  test('01/01/1900 reads as blank and is counted in one warning; the dossier stays pending', () => {
    expect(readDateCell('01/01/1900')).toEqual({ kind: 'blank', placeholder: true });
    expect(readDateCell('1900-01-01 00:00:00')).toEqual({ kind: 'blank', placeholder: true });
    const read = readTable({
      source: 'db.csv',
      rows: [
        ['Mã hồ sơ', 'Lĩnh vực', 'Kênh nộp', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Ngày trả kết quả', 'Trạng thái'],
        ['A1', 'Hộ tịch', 'Trực tuyến', '01/04/2026', '10/04/2026', '01/01/1900', 'Đang xử lý'],
        ['A2', 'Hộ tịch', 'Trực tuyến', '01/04/2026', '10/04/2026', '09/04/2026', 'Đã trả kết quả'],
        ['A3', 'Hộ tịch', 'Trực tuyến', '01/01/1900', '10/04/2026', '', 'Đang xử lý'],
      ],
    });
    expect(read.records.map((r) => [r.code, r.status, r.ended])).toEqual([
      ['A1', 'processing', null],
      ['A2', 'returned', parsePeriodDate('09/04/2026')],
    ]);
    expect(read.skipped.map((row) => [row.line, row.reason])).toEqual([[4, 'no-received-date']]);
    expect(read.warnings).toContainEqual({ kind: 'placeholder-date', source: 'db.csv', count: 2 });
    expect(read.warnings.map((w) => w.kind)).not.toContain('status-date-conflict');
  });
});
