import { readTable } from '../../../src/core/build/records';
import { normaliseStatus, readStatus } from '../../../src/core/build/status';

describe('status wordings with negation and supplements', () => {
  test.each([
    ['Chưa trả kết quả', 'processing'],
    ['Chưa có kết quả', 'processing'],
    ['Chưa hoàn thành', 'processing'],
    ['Chưa giải quyết', 'processing'],
    ['Hồ sơ chưa xử lý xong', 'processing'],
    ['Chưa bổ sung', 'supplement'],
    ['Đã trả kết quả, chưa đánh giá', 'returned'],
    ['Quá hạn, chưa trả', 'processing'],
    ['Đã bổ sung', 'processing'],
    ['Công dân đã bổ sung hồ sơ', 'processing'],
    ['Đã tiếp nhận bổ sung', 'processing'],
    ['Hoàn thành bổ sung', 'processing'],
    ['Trả lại yêu cầu bổ sung', 'supplement'],
    ['Yêu cầu bổ sung', 'supplement'],
    ['Không tiếp nhận', 'not-received'],
    ['Chờ tiếp nhận', 'not-received'],
    ['Chưa tiếp nhận', 'not-received'],
    ['Từ chối tiếp nhận', 'not-received'],
    ['Đã tiếp nhận', 'new'],
    ['Từ chối giải quyết', 'rejected'],
    ['Hồ sơ bị hủy do quá hạn bổ sung', 'withdrawn'],
  ])('"%s" is %s', (text, expected) => {
    expect(readStatus(text)).toBe(expected);
  });

  test('a dossier never received is not a status for merging', () => {
    expect(normaliseStatus('Không tiếp nhận')).toBeNull();
  });

  test('never-received rows are skipped with the status named; "chưa …" rows are pending', () => {
    const read = readTable({
      source: 't.csv',
      rows: [
        ['Mã hồ sơ', 'Lĩnh vực', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Ngày trả kết quả', 'Trạng thái'],
        ['N1', 'Hộ tịch', '01/04/2026', '20/06/2026', '', 'Chưa trả kết quả'],
        ['N2', 'Hộ tịch', '01/04/2026', '20/06/2026', '', 'Không tiếp nhận'],
        ['N3', 'Hộ tịch', '01/04/2026', '20/06/2026', '', 'Chờ tiếp nhận'],
        ['N4', 'Hộ tịch', '01/04/2026', '20/06/2026', '', 'Công dân đã bổ sung hồ sơ'],
      ],
    });
    expect(read.records.map((r) => [r.code, r.status, r.ended])).toEqual([
      ['N1', 'processing', null],
      ['N4', 'processing', null],
    ]);
    expect(read.skipped).toEqual([
      { source: 't.csv', line: 3, reason: 'not-received', column: 'Trạng thái', value: 'Không tiếp nhận', code: 'N2' },
      { source: 't.csv', line: 4, reason: 'not-received', column: 'Trạng thái', value: 'Chờ tiếp nhận', code: 'N3' },
    ]);
  });
});
