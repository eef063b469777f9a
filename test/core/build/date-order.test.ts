import { formatDay } from '../../../src/core/calendar';
import { detectFileDayMonthOrder } from '../../../src/core/build/dates';
import { readTable } from '../../../src/core/build/records';

describe('day/month order is decided per file', () => {
  test('ambiguous columns follow the file: a month-first receipt column makes the due and return columns month-first', () => {
    const read = readTable({
      source: 'us.csv',
      rows: [
        ['Mã hồ sơ', 'Lĩnh vực', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Ngày trả kết quả', 'Trạng thái'],
        ['M01', 'Hộ tịch', '03/15/2026', '04/10/2026', '04/09/2026', 'Đã trả kết quả'],
        ['M03', 'Hộ tịch', '05/20/2026', '06/01/2026', '', 'Đang xử lý'],
      ],
    });
    expect(read.records.map((r) => [formatDay(r.received), r.due === null ? null : formatDay(r.due), r.ended === null ? null : formatDay(r.ended)])).toEqual([
      ['15/03/2026', '10/04/2026', '09/04/2026'],
      ['20/05/2026', '01/06/2026', null],
    ]);
    expect(read.warnings.map((w) => w.kind)).not.toContain('mixed-date-order');
    expect(read.warnings.map((w) => w.kind)).not.toContain('due-before-received');
  });

  test('a file without proof either way is day-first', () => {
    expect(detectFileDayMonthOrder([['01/02/2026'], ['03/04/2026']])).toEqual({ orders: ['dmy', 'dmy'], mixed: false });
  });

  test('a file whose columns contradict each other is warned; each proven column keeps its order', () => {
    expect(detectFileDayMonthOrder([['03/15/2026'], ['15/03/2026'], ['04/05/2026']])).toEqual({ orders: ['mdy', 'dmy', 'dmy'], mixed: true });
    const read = readTable({
      source: 'mixed.csv',
      rows: [
        ['Mã hồ sơ', 'Lĩnh vực', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Trạng thái'],
        ['A1', 'Hộ tịch', '03/15/2026', '25/03/2026', 'Đang xử lý'],
      ],
    });
    expect(read.warnings).toContainEqual({ kind: 'mixed-date-order', source: 'mixed.csv', others: ['Ngày tiếp nhận'] });
    expect(formatDay(read.records[0].received)).toBe('15/03/2026');
    expect(formatDay(read.records[0].due!)).toBe('25/03/2026');
  });
});
