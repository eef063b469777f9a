import { layoutAnnex } from '../../../src/core/build/annex';
import { buildAnnexData } from '../../../src/core/build/build';
import { detailEntries } from '../../../src/core/build/detail';
import { detailRows } from '../../../src/i18n/build';
import { parsePeriodDate } from '../../../src/core/calendar';
import { readTable } from '../../../src/core/build/records';
import type { ExportTable } from '../../../src/core/build/types';

const day = (text: string) => parsePeriodDate(text)!;

const TABLE: ExportTable = {
  source: 't.csv',
  rows: [
    ['Mã hồ sơ', 'Lĩnh vực', 'Kênh nộp', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Ngày trả kết quả', 'Trạng thái'],
    ['S01', 'F', 'Trực tuyến', '15/03/2026 8:30', '20/03/2026', '19/03/2026', 'Đang giải quyết'],
    ['S02', 'F', 'Trực tuyến', '01/06/2026', '20/06/2026', '20/06/2026', 'Đang xử lý'],
    ['S03', 'F', 'Trực tuyến', '01/04/2026', '20/04/2026', '', 'Đang xử lý'],
  ],
};

describe('a return date on a dossier whose status is not ended', () => {
  test('the date decides: counted as returned on that date, and the conflict is listed', () => {
    const read = readTable(TABLE);
    expect(read.records.map((r) => [r.code, r.status, r.ended])).toEqual([
      ['S01', 'returned', day('19/03/2026')],
      ['S02', 'returned', day('20/06/2026')],
      ['S03', 'processing', null],
    ]);
    expect(read.warnings.filter((w) => w.kind === 'status-date-conflict')).toEqual([
      { kind: 'status-date-conflict', source: 't.csv', line: 2, code: 'S01', value: 'Đang giải quyết', header: 'Ngày trả kết quả', date: '19/03/2026' },
      { kind: 'status-date-conflict', source: 't.csv', line: 3, code: 'S02', value: 'Đang xử lý', header: 'Ngày trả kết quả', date: '20/06/2026' },
    ]);
  });

  test('returned within the period is resolved; returned after the period was pending on its last day', () => {
    const result = buildAnnexData([TABLE], { period: { from: day('15/03/2026'), to: day('14/06/2026') } });
    expect(result.dossiers.map((d) => [d.record.code, d.resultLeaf])).toEqual([
      ['S01', 'resolved.early'],
      ['S02', 'pending.inTime'],
      ['S03', 'pending.overdue'],
    ]);
    const rows = [...detailRows(detailEntries(result, layoutAnnex(result.fields, result.totals, { titleLines: [] })), 'vi')];
    const text = (cell: (typeof rows)[number][number]) => (cell && cell.t === 's' ? cell.v : '');
    const note = (code: string) => text(rows.find((row) => row.some((cell) => text(cell) === code))!.at(-1)!);
    expect(note('S01')).toBe('trạng thái chưa kết thúc nhưng có ngày trả kết quả: tính theo ngày');
    expect(note('S03')).toBe('');
  });
});
