// Issue 10, rule 6: the national portal's export works as exported — field names, date text,
// status and channel codes — without a map.
import { LEAVES } from '../../../src/core/build/aggregate';
import { buildAnnexData } from '../../../src/core/build/build';
import { parsePeriodDate } from '../../../src/core/calendar';
import { formatBuildReport } from '../../../src/i18n/build';
import type { ExportTable, Period } from '../../../src/core/build/types';
import { describeQuestion, detailRows } from '../../../src/i18n/build';
import { layoutAnnex } from '../../../src/core/build/annex';
import { detailEntries } from '../../../src/core/build/detail';
import { PORTAL_ROWS, expectedPortalCounts, portalTable } from './portal-export';

const day = (text: string) => parsePeriodDate(text)!;
const PERIOD: Period = { from: day('15/03/2026'), to: day('14/06/2026') };

/** The same table as a CSV gives it: every cell text. */
function asText(table: ExportTable): ExportTable {
  return { ...table, source: 'dvcqg.csv', rows: table.rows.map((row) => row.map((cell) => (cell === null ? '' : String(cell)))) };
}

describe.each([
  ['an .xlsx sheet (codes and a date as numbers)', portalTable()],
  ['a CSV (every cell text)', asText(portalTable())],
])('the national portal\'s export as %s', (_, table) => {
  const result = buildAnnexData([table], { period: PERIOD });

  test('is recognised without a map, its field names shown in the mapping as written', () => {
    expect(result.summary.sources[0].problem).toBeUndefined();
    expect(result.summary.sources[0].mapping?.headers).toEqual({
      code: 'MaHoSo',
      procedure: 'TenTTHC',
      field: 'TenLinhVuc',
      channel: 'KenhThucHien',
      received: 'NgayTiepNhan',
      due: 'NgayHenTra',
      returned: 'NgayTra',
      ended: 'NgayKetThucXuLy',
      status: 'TrangThaiHoSo',
    });
  });

  test('counts every dossier where rule 6 says, exactly', () => {
    expect(result.questions).toEqual([]);
    const actual = new Map(result.fields.map((f) => [f.field, Object.fromEntries(LEAVES.filter((leaf) => f.counts[leaf] > 0).map((leaf) => [leaf, f.counts[leaf]]))]));
    expect(actual).toEqual(expectedPortalCounts());
    for (const row of PORTAL_ROWS) {
      const counted = result.dossiers.find((d) => d.record.code === row.code);
      expect([row.code, counted ? [counted.receivedLeaf, counted.resultLeaf] : null]).toEqual([row.code, row.leaves]);
    }
  });

  test('codes 1 and 3 are never received; a date in scientific notation is unreadable and said so', () => {
    expect(result.summary.skipped).toEqual([
      { source: table.source, line: 12, reason: 'not-received', column: 'TrangThaiHoSo', value: '1', code: 'H11' },
      { source: table.source, line: 13, reason: 'not-received', column: 'TrangThaiHoSo', value: '3', code: 'H12' },
      { source: table.source, line: 16, reason: 'scientific-date', column: 'NgayTiepNhan', value: '2,02603E+13', code: 'C03' },
    ]);
    expect(formatBuildReport(result, 'vi')).toContain(
      `  ${table.source} dòng 16: ngày ghi dạng số mũ, Excel đã làm mất chữ số khi lưu (định dạng cột là Văn bản rồi xuất lại, hoặc xuất .xlsx) (NgayTiepNhan = "2,02603E+13"), mã C03`,
    );
  });

  test('the status and channel codes are listed in the summary with their meanings and counts', () => {
    expect(result.summary.sources[0].codes?.map((c) => [c.key, c.code, c.count])).toEqual([
      ['status', 1, 1],
      ['status', 2, 2],
      ['status', 3, 1],
      ['status', 4, 1],
      ['status', 5, 1],
      ['status', 6, 1],
      ['status', 7, 1],
      ['status', 8, 1],
      ['status', 9, 2],
      ['status', 10, 7],
      ['channel', 1, 6],
      ['channel', 2, 11],
      ['channel', 3, 1],
    ]);
    const lines = formatBuildReport(result, 'vi').split('\n');
    expect(lines).toContain(
      '      Mã trong cột "TrangThaiHoSo": 1 Mới đăng ký → không tính (chưa được tiếp nhận): 1; 2 Được tiếp nhận → đang giải quyết (14)/(15): 2; ' +
        '3 Không được tiếp nhận → không tính (chưa được tiếp nhận): 1; 4 Đang xử lý → đang giải quyết (14)/(15): 1; 5 Yêu cầu bổ sung giấy tờ → chờ bổ sung (16): 1; ' +
        '6 Yêu cầu thực hiện nghĩa vụ tài chính → đang giải quyết (14)/(15): 1; 7 Công dân yêu cầu rút hồ sơ → rút (12): 1; 8 Dừng xử lý → không giải quyết (11): 1; ' +
        '9 Đã xử lý xong → đã giải quyết (8)/(9)/(10) theo ngày kết thúc xử lý: 2; 10 Đã trả kết quả → đã giải quyết (8)/(9)/(10) theo ngày trả: 7',
    );
    expect(lines).toContain('      Mã trong cột "KenhThucHien": 1 Trực tiếp → (5): 6; 2 Trực tuyến → (4): 11; 3 Dịch vụ bưu chính công ích → (5): 1');
  });
});

describe('portal codes', () => {
  test('"Chi tiết" writes each code with its meaning', () => {
    const result = buildAnnexData([portalTable()], { period: PERIOD });
    const layout = layoutAnnex(result.fields, result.totals);
    const h03 = [...detailRows(detailEntries(result, layout), 'vi')].find((row) => row[1]?.v === 'H03')!;
    expect([h03[4]?.v, h03[8]?.v]).toEqual(['3 – trực tiếp, bưu chính', '9 – đã giải quyết (8)/(9)/(10)']);
  });

  test('a code the portal does not define is asked about, not counted', () => {
    const table = portalTable();
    table.rows[1][10] = 11;
    table.rows[7][5] = 4;
    const result = buildAnnexData([table], { period: PERIOD });
    expect(result.questions).toEqual([
      { part: 'channel', reason: 'wording', source: table.source, file: 'dvcqg.xlsx', header: 'KenhThucHien', value: '4', count: 1, codes: ['H07'] },
      { part: 'status', reason: 'wording', source: table.source, file: 'dvcqg.xlsx', header: 'TrangThaiHoSo', value: '11', count: 1, codes: ['H01'] },
    ]);
    expect(describeQuestion(result.questions[1], 'vi')).toBe(
      'dvcqg.xlsx › DanhSachHoSo: 1 hồ sơ trong kỳ có trạng thái "11" (cột "TrangThaiHoSo") chưa rõ nghĩa (mã H01). Trả lời trong tệp ánh xạ (--map): "statuses": {"11": "processing"} — một trong new, processing, supplement, returned, rejected, withdrawn.',
    );
  });

  test('the map says otherwise: its wording wins over the portal\'s code', () => {
    const result = buildAnnexData([portalTable()], { period: PERIOD, mapping: { statuses: { '8': 'withdrawn' } } });
    expect(result.dossiers.find((d) => d.record.code === 'H05')?.resultLeaf).toBe('resolved.withdrawn');
  });

  test('digits in a column not named as the portal names it are not read as its codes', () => {
    const table = portalTable();
    table.rows[0][10] = 'Tình trạng';
    const result = buildAnnexData([table], { period: PERIOD });
    expect(result.questions.filter((q) => q.part === 'status').map((q) => q.value)).toEqual(['10', '2', '3', '4', '5', '6', '7', '8', '9']);
  });

  test('the portal\'s names written out as text count the same ("Đã xử lý xong" too ends on NgayKetThucXuLy)', () => {
    const names: Record<number, string> = {
      1: 'Mới đăng ký', 2: 'Được tiếp nhận', 3: 'Không được tiếp nhận', 4: 'Đang xử lý', 5: 'Yêu cầu bổ sung giấy tờ',
      6: 'Yêu cầu thực hiện nghĩa vụ tài chính', 7: 'Công dân yêu cầu rút hồ sơ', 8: 'Dừng xử lý', 9: 'Đã xử lý xong', 10: 'Đã trả kết quả',
    };
    const channels: Record<number, string> = { 1: 'Trực tiếp', 2: 'Trực tuyến', 3: 'Dịch vụ bưu chính công ích' };
    const table = portalTable();
    table.rows = table.rows.map((row, i) => (i === 0 ? row : row.map((cell, c) => (c === 10 ? names[cell as number] : c === 5 ? channels[cell as number] : cell))));
    const result = buildAnnexData([table], { period: PERIOD });
    expect(result.questions).toEqual([]);
    for (const row of PORTAL_ROWS) {
      const counted = result.dossiers.find((d) => d.record.code === row.code);
      expect([row.code, counted ? [counted.receivedLeaf, counted.resultLeaf] : null]).toEqual([row.code, row.leaves]);
    }
  });
});
