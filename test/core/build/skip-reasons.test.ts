import { readTable } from '../../../src/core/build/records';
import { describeSkipped } from '../../../src/i18n/build';

describe('skipped rows name the column and value that caused them', () => {
  test('an ended status without an end date names the status, not the empty date column', () => {
    const read = readTable({
      source: 't.csv',
      rows: [
        ['Mã hồ sơ', 'Lĩnh vực', 'Kênh nộp', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Ngày trả kết quả', 'Trạng thái'],
        ['G01', 'Hộ tịch', 'Trực tuyến', '01/04/2026', '10/04/2026', '', 'Đã trả kết quả'],
        ['G02', 'Hộ tịch', 'Trực tuyến', '01/04/2026', '10/04/2026', '31/04/2026', 'Đã trả kết quả'],
      ],
    });
    expect(read.skipped.map((row) => describeSkipped(row, 'vi'))).toEqual([
      't.csv dòng 2: đã kết thúc nhưng không có ngày trả kết quả / kết thúc xử lý (Trạng thái = "Đã trả kết quả"), mã G01',
      't.csv dòng 3: ngày không đọc được (Ngày trả kết quả = "31/04/2026"), mã G02',
    ]);
    expect(describeSkipped(read.skipped[0], 'en')).toBe(
      't.csv line 2: ended but no return / end-of-processing date (Trạng thái = "Đã trả kết quả"), code G01',
    );
  });
});
