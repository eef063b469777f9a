import { mapHeaders, mapHeadersRanked } from '../../../src/core/build/columns';
import { readTable } from '../../../src/core/build/records';

describe('column mapping prefers the exact header', () => {
  test.each([
    [['Mã hồ sơ', 'Lĩnh vực', 'Ngày tiếp nhận', 'Ngày trả kết quả dự kiến', 'Ngày trả kết quả'], 'returned', 4],
    [['Mã hồ sơ', 'Lĩnh vực', 'Ngày tiếp nhận bổ sung', 'Ngày tiếp nhận'], 'received', 3],
    [['Mã hồ sơ', 'Lĩnh vực', 'Ngày tiếp nhận', 'Trạng thái ký số', 'Trạng thái'], 'status', 4],
    [['Mã hồ sơ', 'Lĩnh vực', 'Ngày tiếp nhận', 'Hạn xử lý (gia hạn)', 'Hạn xử lý'], 'due', 4],
    [['Mã hồ sơ', 'Lĩnh vực', 'Ngày tiếp nhận', 'NGÀY TRẢ KẾT QUẢ (dự kiến)', 'ngay tra ket qua'], 'returned', 4],
  ] as const)('%j: %s is column %i', (headers, key, col) => {
    expect(mapHeaders([...headers])[key]).toBe(col);
  });

  test('the expected return date is the due date when there is no appointment column', () => {
    const columns = mapHeaders(['Mã hồ sơ', 'Lĩnh vực', 'Ngày tiếp nhận', 'Ngày trả kết quả dự kiến', 'Ngày trả kết quả']);
    expect(columns.due).toBe(3);
    expect(columns.returned).toBe(4);
  });

  test('a header with fewer extra words beats one with more', () => {
    expect(mapHeaders(['Mã hồ sơ', 'Lĩnh vực', 'Ngày tiếp nhận hồ sơ tại bộ phận', 'Ngày tiếp nhận hồ sơ']).received).toBe(3);
  });

  test('a tie or a qualified header is reported as ambiguous', () => {
    const tie = mapHeadersRanked(['Mã hồ sơ', 'Lĩnh vực', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Hạn xử lý']);
    expect(tie.columns.due).toBe(3);
    expect(tie.ambiguous).toEqual([{ key: 'due', chosen: 3, others: [4], qualifiers: [] }]);
    const qualified = mapHeadersRanked(['Mã hồ sơ', 'Lĩnh vực', 'Ngày tiếp nhận', 'Trạng thái ký số']);
    expect(qualified.columns.status).toBe(3);
    expect(qualified.ambiguous).toEqual([{ key: 'status', chosen: 3, others: [], qualifiers: ['ky so'] }]);
    expect(mapHeadersRanked(['Mã hồ sơ', 'Lĩnh vực', 'Ngày tiếp nhận', 'Trạng thái']).ambiguous).toEqual([]);
  });

  test('the summary names an ambiguous choice', () => {
    const read = readTable({
      source: 'a.csv',
      rows: [
        ['Mã hồ sơ', 'Lĩnh vực', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Hạn xử lý'],
        ['A1', 'Hộ tịch', '01/04/2026', '05/04/2026', '06/04/2026'],
      ],
    });
    expect(read.warnings).toContainEqual({
      kind: 'ambiguous-column',
      source: 'a.csv',
      key: 'due',
      header: 'Ngày hẹn trả',
      others: ['Hạn xử lý'],
      qualifiers: [],
    });
  });
});
