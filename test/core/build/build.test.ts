import { buildAnnexData } from '../../../src/core/build/build';
import { layoutAnnex, annexToGrid } from '../../../src/core/build/annex';
import { receivedTotal, resolvedTotal, pendingTotal } from '../../../src/core/build/aggregate';
import type { BuildResult, LeafCounts } from '../../../src/core/build/types';
import { ONE_STOP, PERIOD, PORTAL } from './scenario';

function counts(partial: Partial<LeafCounts>): LeafCounts {
  return {
    'received.online': 0,
    'received.direct': 0,
    'received.carried': 0,
    'resolved.early': 0,
    'resolved.onTime': 0,
    'resolved.late': 0,
    'resolved.rejected': 0,
    'resolved.withdrawn': 0,
    'pending.inTime': 0,
    'pending.overdue': 0,
    'pending.supplement': 0,
    ...partial,
  };
}

function leavesOf(result: BuildResult, code: string): [string, string] | undefined {
  const dossier = result.dossiers.find((d) => d.record.code === code);
  return dossier && [dossier.receivedLeaf, dossier.resultLeaf];
}

describe('buildAnnexData on two systems', () => {
  const result = buildAnnexData([ONE_STOP, PORTAL], { period: PERIOD });

  test('counts every field exactly, largest first', () => {
    expect(result.fields).toEqual([
      {
        field: 'Hộ tịch',
        counts: counts({
          'received.online': 5,
          'received.direct': 2,
          'received.carried': 1,
          'resolved.early': 2,
          'resolved.onTime': 2,
          'pending.inTime': 2,
          'pending.overdue': 1,
          'pending.supplement': 1,
        }),
      },
      {
        field: 'Đất đai',
        counts: counts({
          'received.online': 2,
          'received.direct': 5,
          'resolved.early': 1,
          'resolved.late': 1,
          'resolved.rejected': 1,
          'resolved.withdrawn': 1,
          'pending.inTime': 1,
          'pending.overdue': 2,
        }),
      },
    ]);
    expect(receivedTotal(result.totals)).toBe(15);
    expect(resolvedTotal(result.totals)).toBe(8);
    expect(pendingTotal(result.totals)).toBe(7);
  });

  test('puts each dossier in the leaves the rules give', () => {
    expect(leavesOf(result, 'A-1')).toEqual(['received.online', 'resolved.early']); // received on `from`
    expect(leavesOf(result, 'A-2')).toEqual(['received.direct', 'pending.inTime']); // received on `to`, 16:30
    expect(leavesOf(result, 'A-3')).toBeUndefined(); // received the day after `to`
    expect(leavesOf(result, 'A-4')).toBeUndefined(); // ended the day before `from`
    expect(leavesOf(result, 'A-5')).toEqual(['received.carried', 'resolved.early']); // ended on `from`
    expect(leavesOf(result, 'A-6')).toEqual(['received.online', 'resolved.onTime']); // returned on the due day
    expect(leavesOf(result, 'A-7')).toEqual(['received.direct', 'resolved.late']);
    expect(leavesOf(result, 'A-8')).toEqual(['received.direct', 'resolved.rejected']);
    expect(leavesOf(result, 'A-10')).toEqual(['received.direct', 'pending.overdue']); // returned after `to`
    expect(leavesOf(result, 'A-11')).toEqual(['received.direct', 'pending.inTime']); // due on `to`
    expect(leavesOf(result, 'A-12')).toEqual(['received.direct', 'pending.overdue']); // due the day before `to`
    expect(leavesOf(result, 'A-13')).toEqual(['received.online', 'pending.supplement']);
    expect(leavesOf(result, 'A-14')).toEqual(['received.direct', 'resolved.onTime']);
    expect(leavesOf(result, 'HS-001')).toEqual(['received.online', 'resolved.early']); // the portal's record won
    expect(leavesOf(result, 'B-100')).toEqual(['received.online', 'pending.overdue']); // supplement asked after `to`
    expect(leavesOf(result, 'B-101')).toEqual(['received.online', 'pending.inTime']); // 18:00Z = 01:00 on 15/3 in Vietnam
    expect(leavesOf(result, 'B-102')).toEqual(['received.online', 'resolved.withdrawn']); // Excel serial date
  });

  test('reports merges, conflicts and every skipped row with its reason', () => {
    const { summary } = result;
    expect(summary.duplicatesMerged).toBe(2);
    expect(summary.conflicts).toEqual([
      {
        code: 'HS-001',
        winner: { source: 'dvcqg.xlsx › Sheet1', line: 2, status: 'returned' },
        others: [{ source: 'mot-cua.csv', line: 18, status: 'processing' }],
        // Only what both records state can differ: the one-stop record has no end date, not another one.
        differences: ['status', 'channel'],
      },
    ]);
    expect(summary.skipped).toEqual([
      { source: 'dvcqg.xlsx › Sheet1', line: 7, reason: 'no-code', column: undefined, value: undefined, code: undefined },
      { source: 'dvcqg.xlsx › Sheet1', line: 8, reason: 'unreadable-date', column: 'Thời gian tiếp nhận', value: '31/02/2026', code: 'B-103' },
      { source: 'dvcqg.xlsx › Sheet1', line: 9, reason: 'not-received', column: 'Trạng thái hồ sơ', value: 'Lưu tạm', code: 'B-104' },
    ]);
    expect(summary.sources.map((s) => [s.source, s.rowsRead, s.mapping?.headerRow])).toEqual([
      ['mot-cua.csv', 14, 2],
      ['dvcqg.xlsx › Sheet1', 8, 0],
    ]);
    expect(summary.dossiers).toBe(17);
    expect(summary.counted).toBe(15);
    expect(summary.outsidePeriod).toBe(2);
    expect(summary.warnings).toEqual([{ kind: 'no-due-date', source: 'dvcqg.xlsx › Sheet1', code: 'B-101' }]);
  });

  test('maps both exports by their header words', () => {
    const [oneStop, portal] = result.summary.sources;
    expect(oneStop.mapping?.headers).toEqual({
      code: 'Số hồ sơ',
      procedure: 'Tên thủ tục',
      field: 'Lĩnh vực',
      channel: 'Hình thức nộp',
      received: 'Ngày tiếp nhận',
      due: 'Ngày hẹn trả',
      returned: 'Ngày trả kết quả',
      status: 'Trạng thái',
    });
    expect(portal.mapping?.headers).toEqual({
      code: 'Mã hồ sơ',
      procedure: 'Mã TTHC',
      field: 'Lĩnh vực',
      channel: 'Kênh nộp',
      received: 'Thời gian tiếp nhận',
      due: 'Hạn xử lý',
      ended: 'Ngày kết thúc xử lý',
      status: 'Trạng thái hồ sơ',
      supplementRequested: 'Ngày yêu cầu bổ sung',
    });
  });

  test('follows the template order and spelling, keeping its empty fields', () => {
    const templated = buildAnnexData([ONE_STOP, PORTAL], {
      period: PERIOD,
      templateFields: ['Đường thủy nội địa', 'ĐẤT ĐAI', 'Hộ tịch'],
    });
    expect(templated.fields.map((f) => [f.field, receivedTotal(f.counts)])).toEqual([
      ['Đường thủy nội địa', 0],
      ['ĐẤT ĐAI', 7],
      ['Hộ tịch', 8],
    ]);
    expect(templated.dossiers.find((d) => d.record.code === 'A-7')?.field).toBe('ĐẤT ĐAI');
    expect(templated.summary.warnings).toContainEqual({ kind: 'template-field-unused', field: 'Đường thủy nội địa' });
  });

  test('does not depend on the order the exports are given in', () => {
    const reversed = buildAnnexData([PORTAL, ONE_STOP], { period: PERIOD });
    expect(reversed.fields).toEqual(result.fields);
  });

  test('warns when nothing is dated before the period (export filtered by receipt date)', () => {
    const late = buildAnnexData([ONE_STOP], { period: { from: PERIOD.from - 30, to: PERIOD.to } });
    expect(late.summary.warnings).toContainEqual({ kind: 'no-carried-over-data' });
    expect(result.summary.warnings).not.toContainEqual({ kind: 'no-carried-over-data' });
  });
});

describe('layoutAnnex', () => {
  const result = buildAnnexData([ONE_STOP, PORTAL], { period: PERIOD });
  const sheet = layoutAnnex(result.fields, result.totals);
  const grid = annexToGrid(sheet, 'Phụ lục');

  test('writes the seed layout: headers, numbering row, fields, totals and rates', () => {
    expect(grid.values[0].slice(0, 3)).toEqual(['STT', 'Lĩnh vực giải quyết', 'Số lượng hồ sơ tiếp nhận']);
    expect(grid.values[3]).toEqual([
      '(1)', '(2)', '(3)=(4)+(5)+(6)', '(4)', '(5)', '(6)', '(7)=(8)+(9)+(10)+(11)+(12)', '(8)', '(9)', '(10)', '(11)', '(12)',
      '(13)=(14)+(15)+(16)', '(14)', '(15)', '(16)',
    ]);
    expect(grid.values[4]).toEqual([1, 'Hộ tịch', 8, 5, 2, 1, 4, 2, 2, 0, 0, 0, 4, 2, 1, 1]);
    expect(grid.values[5]).toEqual([2, 'Đất đai', 7, 2, 5, 0, 4, 1, 0, 1, 1, 1, 3, 1, 2, 0]);
    expect(grid.values[6]).toEqual(['Tổng cộng', null, 15, 7, 7, 1, 8, 3, 2, 1, 1, 1, 7, 3, 3, 1]);
    expect(grid.values[7][0]).toBe('Tỷ lệ:');
    expect(grid.values[7][2]).toBe(1);
    expect(grid.values[7][3]).toBe(0.5);
    expect(grid.values[7][4]).toBeNull();
    expect(grid.values[7][6]).toBeCloseTo(8 / 15, 12);
  });

  test('writes sums and rates as formulas', () => {
    expect(grid.formulas![4][2]).toBe('=SUM(D5:F5)');
    expect(grid.formulas![4][6]).toBe('=SUM(H5:L5)');
    expect(grid.formulas![4][12]).toBe('=SUM(N5:P5)');
    expect(grid.formulas![4][3]).toBeNull();
    expect(grid.formulas![6][2]).toBe('=SUM(C5:C6)');
    expect(grid.formulas![7][2]).toBe('=IF(C7=0,0,C7/C7)');
    expect(grid.formulas![7][3]).toBe('=IF((D7+E7)=0,0,D7/(D7+E7))');
    expect(grid.formulas![7][15]).toBe('=IF(C7=0,0,P7/C7)');
    expect(grid.numberFormats![4][2]).toBe('#,##0');
    expect(grid.numberFormats![7][6]).toBe('0.0%');
  });
});
