import { buildAnnexData } from '../../../src/core/build/build';
import { parsePeriodDate } from '../../../src/core/calendar';
import { formatBuildReport } from '../../../src/i18n/build';

const day = (text: string) => parsePeriodDate(text)!;

describe('the console report', () => {
  test('wrapped headers and texts with line breaks stay on their line', () => {
    const result = buildAnnexData(
      [
        {
          source: 'dvc.xlsx › DS',
          rows: [
            ['Mã hồ sơ', 'Lĩnh vực', 'Ngày tiếp\nnhận', 'Ngày hẹn\r\ntrả', 'Trạng thái'],
            ['A1', 'Hộ tịch', '01/04/2026', '10/04/2026', 'Đang xử lý'],
            ['A2', 'Hộ tịch', '01/04/2026', '10/04/2026', 'Lưu\nnháp'],
          ],
        },
      ],
      { period: { from: day('15/03/2026'), to: day('14/06/2026') } },
    );
    const lines = formatBuildReport(result, 'vi').split('\n');
    expect(lines).toContain('      Ngày tiếp nhận         ← "Ngày tiếp nhận"');
    expect(lines).toContain('      Ngày hẹn trả           ← "Ngày hẹn trả"');
    expect(lines).toContain('  dvc.xlsx › DS dòng 3: hồ sơ không / chưa được tiếp nhận (Trạng thái = "Lưu nháp"), mã A2');
  });
});
