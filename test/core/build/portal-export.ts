// A national-portal export as the portal writes it (field names, yyyyMMddHHmmss dates, status and
// channel codes), made from real-layouts.md, with the leaves each dossier must count in written
// out by hand from issue 10's rule 6 — the test's independent oracle.
import type { ExportCell, ExportTable, Leaf } from '../../../src/core/build/types';

export const PORTAL_HEADER = [
  'MaHoSo',
  'MaTTHC',
  'TenTTHC',
  'MaLinhVuc',
  'TenLinhVuc',
  'KenhThucHien',
  'ChuHoSo',
  'NgayNopHoSo',
  'NgayTiepNhan',
  'NgayHenTra',
  'TrangThaiHoSo',
  'NgayTra',
  'NgayKetThucXuLy',
  'DonViXuLy',
  'NgayTuChoi',
];

interface PortalRow {
  code: string;
  field: 'Hộ tịch' | 'Chứng thực';
  channel: number;
  submitted?: ExportCell;
  received: ExportCell;
  due?: string;
  status: number;
  returned?: string;
  ended?: string;
  refused?: string;
  /** The two leaves rule 6 puts it in for 15/03/2026 – 14/06/2026; null: not counted. */
  leaves: [Leaf, Leaf] | null;
  why: string;
}

export const PORTAL_ROWS: PortalRow[] = [
  { code: 'H01', field: 'Hộ tịch', channel: 2, submitted: '20260310080000', received: '20260316083000', due: '20260320170000', status: 10, returned: '20260319100000', ended: '20260318160000', leaves: ['received.online', 'resolved.early'], why: 'NgayTiepNhan, not NgayNopHoSo, is the receipt; 10 ends on NgayTra' },
  { code: 'H02', field: 'Hộ tịch', channel: 1, received: '20260401080000', due: '20260405170000', status: 9, ended: '20260405150000', leaves: ['received.direct', 'resolved.onTime'], why: '9 ends on NgayKetThucXuLy' },
  { code: 'H03', field: 'Hộ tịch', channel: 3, received: '20260402080000', due: '20260404170000', status: 9, returned: '20260410090000', ended: '20260404110000', leaves: ['received.direct', 'resolved.onTime'], why: 'BCCI is (5); 9 ends on NgayKetThucXuLy even when NgayTra is later' },
  { code: 'H04', field: 'Hộ tịch', channel: 2, received: '20260403080000', due: '20260406170000', status: 10, returned: '20260408090000', ended: '20260405110000', leaves: ['received.online', 'resolved.late'], why: '10 ends on NgayTra even when NgayKetThucXuLy is earlier' },
  { code: 'H05', field: 'Hộ tịch', channel: 2, received: '20260405080000', due: '20260420170000', status: 8, ended: '20260410110000', leaves: ['received.online', 'resolved.rejected'], why: '8 Dừng xử lý is (11)' },
  { code: 'H06', field: 'Hộ tịch', channel: 1, received: '20260406080000', due: '20260420170000', status: 7, ended: '20260407110000', leaves: ['received.direct', 'resolved.withdrawn'], why: '7 is withdrawn (12)' },
  { code: 'H07', field: 'Hộ tịch', channel: 2, received: '20260601080000', due: '20260620170000', status: 4, leaves: ['received.online', 'pending.inTime'], why: '4 pending, due after the period' },
  { code: 'H08', field: 'Hộ tịch', channel: 2, received: '20260501080000', due: '20260510170000', status: 2, leaves: ['received.online', 'pending.overdue'], why: '2 pending, due before the end of the period' },
  { code: 'H09', field: 'Hộ tịch', channel: 1, received: '20260501080000', due: '20260530170000', status: 6, leaves: ['received.direct', 'pending.overdue'], why: '6 (financial obligation) is pending' },
  { code: 'H10', field: 'Hộ tịch', channel: 2, received: '20260502080000', due: '20260530170000', status: 5, leaves: ['received.online', 'pending.supplement'], why: '5 awaits a supplement (16)' },
  { code: 'H11', field: 'Hộ tịch', channel: 2, submitted: '20260610080000', received: '', status: 1, leaves: null, why: '1 Mới đăng ký was never received' },
  { code: 'H12', field: 'Hộ tịch', channel: 1, received: '20260602080000', status: 3, refused: '20260603090000', leaves: null, why: '3 Không được tiếp nhận' },
  { code: 'C01', field: 'Chứng thực', channel: 2, received: '20260301080000', due: '20260320170000', status: 10, returned: '20260318090000', leaves: ['received.carried', 'resolved.early'], why: 'received before the period' },
  { code: 'C02', field: 'Chứng thực', channel: 1, received: '20260310080000', due: '20260312170000', status: 10, returned: '20260313090000', leaves: null, why: 'ended before the period' },
  { code: 'C03', field: 'Chứng thực', channel: 2, received: '2,02603E+13', due: '20260325170000', status: 10, returned: '20260324090000', leaves: null, why: 'digits lost to scientific notation: unreadable' },
  { code: 'C04', field: 'Chứng thực', channel: 2, received: 20260320093000, due: '20260320170000', status: 10, returned: '20260320150000', leaves: ['received.online', 'resolved.onTime'], why: 'a 14-digit number is yyyyMMddHHmmss, not an Excel serial' },
  { code: 'C05', field: 'Chứng thực', channel: 1, received: '20260615080000', due: '20260620170000', status: 2, leaves: null, why: 'received after the period' },
  { code: 'C06', field: 'Chứng thực', channel: 2, received: '20260420080000', due: '20260425170000', status: 10, returned: '20260620090000', leaves: ['received.online', 'pending.overdue'], why: 'returned after the period: pending on its last day' },
];

export function portalTable(source = 'dvcqg.xlsx › DanhSachHoSo'): ExportTable {
  const rows: ExportCell[][] = PORTAL_ROWS.map((row) => [
    row.code,
    row.field === 'Hộ tịch' ? '1.001193' : '2.000815',
    row.field === 'Hộ tịch' ? 'Đăng ký khai sinh' : 'Chứng thực bản sao',
    row.field === 'Hộ tịch' ? 'HT' : 'CT',
    row.field,
    row.channel,
    'Nguyễn Văn A',
    row.submitted ?? '',
    row.received,
    row.due ?? '',
    row.status,
    row.returned ?? '',
    row.ended ?? '',
    'UBND xã An Phú',
    row.refused ?? '',
  ]);
  return { source, rows: [PORTAL_HEADER, ...rows] };
}

/** Field → leaf → count, added up from the hand-written leaves. */
export function expectedPortalCounts(): Map<string, Partial<Record<Leaf, number>>> {
  const counts = new Map<string, Partial<Record<Leaf, number>>>();
  for (const row of PORTAL_ROWS) {
    if (!row.leaves) continue;
    const entry = counts.get(row.field) ?? {};
    for (const leaf of row.leaves) entry[leaf] = (entry[leaf] ?? 0) + 1;
    counts.set(row.field, entry);
  }
  return counts;
}
