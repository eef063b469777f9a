// The seed's annex (assets/samples/bao-cao-quy-II-2026.txt) as TableFigures by role, typed by hand.
import type { FieldFigures, Role, TableFigures } from '../../../src/core/types';

/** The seed's count columns (3)…(16), in order. */
export const SEED_COUNT_ROLES: Role[] = [
  'received',
  'received.online',
  'received.direct',
  'received.carried',
  'resolved',
  'resolved.early',
  'resolved.onTime',
  'resolved.late',
  'resolved.rejected',
  'resolved.withdrawn',
  'pending',
  'pending.inTime',
  'pending.overdue',
  'pending.supplement',
];

function field(row: number, label: string, cells: (number | null)[]): FieldFigures {
  const values: FieldFigures['values'] = {};
  cells.forEach((value, i) => {
    if (value !== null) values[SEED_COUNT_ROLES[i]] = value;
  });
  return { row, label, values };
}

export const seedFields: FieldFigures[] = [
  field(4, 'Hộ tịch', [1066, 1061, null, 5, 1062, 1043, null, null, 10, 9, 4, null, null, 4]),
  field(5, 'Thành lập và hoạt động doanh nghiệp (hộ kinh doanh)', [276, 276, null, null, 276, 276, null, null, null, null, 0, null, null, null]),
  field(6, 'Đường thủy nội địa', [0, null, null, null, 0, null, null, null, null, null, 0, null, null, null]),
  field(7, 'Hoạt động xây dựng', [8, 8, null, null, 6, 6, null, null, null, null, 2, 2, null, null]),
  field(8, 'Đất đai', [143, 130, null, 13, 113, 113, null, null, null, null, 30, 25, null, 5]),
  field(9, 'Người có công', [36, 36, null, null, 35, 35, null, null, null, null, 1, 1, null, null]),
  field(10, 'Quy hoạch xây dựng, kiến trúc', [0, null, null, null, 0, null, null, null, null, null, 0, null, null, null]),
  field(11, 'Thành lập và hoạt động của tổ hợp tác, hợp tác xã, liên hiệp hợp tác xã', [6, 6, null, null, 6, 6, null, null, null, null, 0, null, null, null]),
  field(12, 'Bảo trợ xã hội', [116, 116, null, 0, 97, 97, null, null, null, null, 19, 19, null, null]),
  field(13, 'Chứng thực', [1922, 1921, null, 1, 1921, 1910, null, null, 7, 4, 1, null, null, 1]),
  field(14, 'Kinh doanh khí', [0, null, null, null, 0, null, null, null, null, null, 0, null, null, null]),
  field(15, 'Lưu thông hàng hóa trong nước', [2, 2, null, null, 2, 2, null, null, null, null, 0, null, null, null]),
];

export const seedTotals: TableFigures['totals'] = {
  received: 3575,
  'received.online': 3556,
  'received.direct': 0,
  'received.carried': 19,
  resolved: 3518,
  'resolved.early': 3488,
  'resolved.onTime': 0,
  'resolved.late': 0,
  'resolved.rejected': 17,
  'resolved.withdrawn': 13,
  pending: 57,
  'pending.inTime': 47,
  'pending.overdue': 0,
  'pending.supplement': 10,
};

export function seedFigures(): TableFigures {
  return { totals: { ...seedTotals }, totalsSource: 'totals-row', fields: seedFields.map((f) => ({ ...f, values: { ...f.values } })) };
}

/** The lines issue 5 requires verbatim and in order on the sample. */
export const REQUIRED_LINES = [
  '2. Kết quả tiếp nhận và trả kết quả giải quyết TTHC quý II năm 2026 (thời điểm từ ngày 15/3 đến ngày 14/6/2026):',
  '- Tổng số hồ sơ tiếp nhận là: 3.575 hồ sơ. Trong đó:',
  '+ Tiếp nhận trong kỳ: 3.556 hồ sơ; kỳ trước chuyển sang: 19 hồ sơ.',
  '+ Tiếp nhận trực tuyến: 3.556 hồ sơ, đạt tỷ lệ 100%.',
  '- Số hồ sơ đã xử lý và trả kết quả: 3.518 hồ sơ (tỷ lệ 98,4%);',
  '+ Số hồ sơ trả đúng, trước hạn: 3.488 hồ sơ (tỷ lệ 97,6%);',
  '+ Số hồ sơ trả quá hạn: 0 hồ sơ (tỷ lệ 0%);',
  '+ Số hồ sơ từ chối không giải quyết: 17 hồ sơ (tỷ lệ 0,5%);',
  '+ Hồ sơ rút: 13 hồ sơ (tỷ lệ 0,4%);',
  '- Hồ sơ đang giải quyết: 57 hồ sơ (tỷ lệ 1,6%);',
  '+ Hồ sơ trong hạn: 47 hồ sơ (tỷ lệ 1,3%);',
  '+ Hồ sơ quá hạn: 0 hồ sơ (tỷ lệ 0%);',
  '+ Hồ sơ yêu cầu bổ sung: 10 hồ sơ (tỷ lệ 0,3%);',
];

/** Asserts `needles` occur in `lines` as whole lines, in this order. */
export function expectLinesInOrder(lines: string[], needles: string[]): void {
  let from = 0;
  for (const needle of needles) {
    const at = lines.indexOf(needle, from);
    if (at < 0) throw new Error(`Line not found (in order) after line ${from}: ${needle}\n--- got ---\n${lines.join('\n')}`);
    from = at + 1;
  }
}
