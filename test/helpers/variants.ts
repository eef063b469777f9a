// The annex layouts clerks really send (issue 6), each as a consistent grid built from per-field
// leaf counts, so that a test can plant one mistake and know exactly where it is.
import { parseA1Range } from '../../src/core/address';
import { percentHalfUp } from '../../src/core/numbers';
import type { CellValue, Grid } from '../../src/core/types';

/** Leaf counts of one field, named by meaning. */
export interface Leaves {
  online: number;
  direct: number;
  carried: number;
  early: number;
  onTime: number;
  late: number;
  rejected: number;
  withdrawn: number;
  inTime: number;
  overdue: number;
  supplement: number;
}

export const FIELDS: Array<{ name: string; leaves: Leaves }> = [
  {
    name: 'Hộ tịch',
    leaves: { online: 1061, direct: 0, carried: 5, early: 1043, onTime: 0, late: 0, rejected: 10, withdrawn: 9, inTime: 0, overdue: 0, supplement: 4 },
  },
  {
    name: 'Đất đai',
    leaves: { online: 130, direct: 0, carried: 13, early: 113, onTime: 0, late: 0, rejected: 0, withdrawn: 0, inTime: 25, overdue: 0, supplement: 5 },
  },
  {
    name: 'Chứng thực',
    leaves: { online: 1921, direct: 0, carried: 1, early: 1910, onTime: 0, late: 0, rejected: 7, withdrawn: 4, inTime: 0, overdue: 0, supplement: 1 },
  },
  {
    name: 'Bảo trợ xã hội',
    leaves: { online: 100, direct: 16, carried: 0, early: 90, onTime: 5, late: 2, rejected: 0, withdrawn: 0, inTime: 17, overdue: 2, supplement: 0 },
  },
  {
    name: 'Công thương',
    leaves: { online: 20, direct: 4, carried: 2, early: 18, onTime: 3, late: 1, rejected: 0, withdrawn: 0, inTime: 4, overdue: 0, supplement: 0 },
  },
];

export interface Layout {
  header: CellValue[][];
  merges: string[];
  numbering?: CellValue[];
  /** The values of one count row, from the field's leaves (or summed leaves). */
  row: (l: Leaves) => CellValue[];
  /** Extra columns after the counts (rates), computed from the row's values. */
  labelColumns: 2;
}

export function sumLeaves(list: Leaves[]): Leaves {
  const total: Leaves = { online: 0, direct: 0, carried: 0, early: 0, onTime: 0, late: 0, rejected: 0, withdrawn: 0, inTime: 0, overdue: 0, supplement: 0 };
  for (const leaves of list) for (const key of Object.keys(total) as (keyof Leaves)[]) total[key] += leaves[key];
  return total;
}

const received = (l: Leaves) => l.online + l.direct + l.carried;
const resolved13 = (l: Leaves) => l.early + l.onTime + l.late;
/** In the 13-column 06a form, rejected and withdrawn dossiers count as resolved on time. */
function as06a(l: Leaves): Leaves {
  return { ...l, onTime: l.onTime + l.rejected + l.withdrawn, rejected: 0, withdrawn: 0, inTime: l.inTime + l.supplement, supplement: 0 };
}

function rate(num: number, den: number): number | null {
  return den === 0 ? null : percentHalfUp(num, den, 1);
}

export interface BuiltLayout {
  grid: Grid;
  /** Absolute A1 of (field index, 0-based column offset from the first count column). */
  cell: (fieldIndex: number, countColumn: number) => string;
}

interface BuildOptions {
  sheetName?: string;
  fields?: typeof FIELDS;
  /** Rows before the fields, e.g. titles. */
  titles?: string[];
}

function assemble(header: CellValue[][], merges: string[], bodyRows: CellValue[][], options: BuildOptions, formats?: (string | null)[][]): Grid {
  const titles = (options.titles ?? []).map((t) => [t] as CellValue[]);
  const values = [...titles, ...header, ...bodyRows];
  const width = Math.max(...values.map((r) => r.length));
  for (const row of values) while (row.length < width) row.push(null);
  const offset = titles.length;
  return {
    sheetName: options.sheetName ?? 'Biểu',
    origin: { row: 0, col: 0 },
    values,
    numberFormats: formats ? [...titles.map(() => []), ...header.map(() => []), ...formats] : undefined,
    merges: merges.map((m) => {
      const r = parseA1Range(m);
      return { ...r, top: r.top + offset, bottom: r.bottom + offset };
    }),
  };
}

function fieldRows(rowOf: (l: Leaves) => CellValue[], fields: typeof FIELDS): CellValue[][] {
  return fields.map((f, i) => [i + 1, f.name, ...rowOf(f.leaves)]);
}

function cellFinder(headerRows: number, options: BuildOptions, firstFieldRowOffset = 0) {
  return (fieldIndex: number, countColumn: number) => {
    const row = (options.titles?.length ?? 0) + headerRows + firstFieldRowOffset + fieldIndex + 1;
    return `${String.fromCharCode(67 + countColumn)}${row}`;
  };
}

/** Biểu 06a (Thông tư 01/2020/TT-VPCP): 13 columns, numbering row with identities. */
export function form06a(options: BuildOptions & { rateColumn?: boolean } = {}): BuiltLayout {
  const rateColumn = options.rateColumn ?? false;
  const header: CellValue[][] = [
    [
      'STT',
      'Lĩnh vực giải quyết',
      'Số hồ sơ nhận giải quyết',
      '',
      '',
      '',
      'Kết quả giải quyết',
      '',
      '',
      '',
      '',
      '',
      '',
      ...(rateColumn ? ['Tỷ lệ trước và đúng hạn (%)'] : []),
    ],
    ['', '', 'Tổng số', 'Trong đó', '', '', 'Số hồ sơ đã giải quyết', '', '', '', 'Số hồ sơ đang giải quyết', '', ''],
    [
      '',
      '',
      '',
      'Trực tuyến',
      'Trực tiếp, dịch vụ bưu chính',
      'Từ kỳ trước',
      'Tổng số',
      'Trả trước hạn',
      'Trả đúng thời hạn',
      'Trả quá hạn',
      'Tổng số',
      'Chưa đến hạn',
      'Quá hạn',
    ],
    [
      '(1)',
      '(2)',
      '(3)=(4)+(5)+(6)',
      '(4)',
      '(5)',
      '(6)',
      '(7)=(8)+(9)+(10)',
      '(8)',
      '(9)',
      '(10)',
      '(11)=(12)+(13)',
      '(12)',
      '(13)',
      ...(rateColumn ? ['(14)=((8)+(9))/(7)'] : []),
    ],
  ];
  const merges = ['A1:A3', 'B1:B3', 'C1:F1', 'C2:C3', 'D2:F2', 'G1:M1', 'G2:J2', 'K2:M2', ...(rateColumn ? ['N1:N3'] : [])];
  const rowOf = (raw: Leaves): CellValue[] => {
    const l = as06a(raw);
    const cells: CellValue[] = [
      received(l),
      l.online,
      l.direct,
      l.carried,
      resolved13(l),
      l.early,
      l.onTime,
      l.late,
      l.inTime + l.overdue,
      l.inTime,
      l.overdue,
    ];
    if (rateColumn) cells.push(rate(l.early + l.onTime, resolved13(l)));
    return cells;
  };
  const fields = options.fields ?? FIELDS;
  const total = rowOf(sumLeaves(fields.map((f) => f.leaves)));
  const body = [...fieldRows(rowOf, fields), ['', 'Tổng cộng', ...total]];
  return { grid: assemble(header, merges, body, options), cell: cellFinder(4, options) };
}

/** Older 06a-style: (3)=(4)+(5) [kỳ trước, mới tiếp nhận], (6)=(7)+(8), (9)=(10)+(11), plain numbering, extra columns. */
export function formOld(options: BuildOptions = {}): BuiltLayout {
  const header: CellValue[][] = [
    [
      'STT',
      'Lĩnh vực',
      'Số hồ sơ nhận giải quyết',
      '',
      '',
      'Số hồ sơ đã giải quyết',
      '',
      '',
      'Số hồ sơ đang giải quyết',
      '',
      '',
      'Bổ sung',
      'Trả lại',
      'Đang thực hiện nghĩa vụ tài chính',
    ],
    [
      '',
      '',
      'Tổng số',
      'Kỳ trước chuyển qua',
      'Mới tiếp nhận',
      'Tổng số',
      'Trả đúng thời hạn',
      'Trả quá hạn',
      'Tổng số',
      'Chưa đến hạn',
      'Quá hạn',
      '',
      '',
      '',
    ],
    [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14],
  ];
  const merges = ['A1:A2', 'B1:B2', 'C1:E1', 'F1:H1', 'I1:K1', 'L1:L2', 'M1:M2', 'N1:N2'];
  const rowOf = (l: Leaves): CellValue[] => {
    const onTime = l.early + l.onTime + l.rejected + l.withdrawn;
    const pendingInTime = l.inTime + l.supplement;
    return [
      received(l),
      l.carried,
      l.online + l.direct,
      onTime + l.late,
      onTime,
      l.late,
      pendingInTime + l.overdue,
      pendingInTime,
      l.overdue,
      l.supplement,
      l.rejected,
      1,
    ];
  };
  const fields = options.fields ?? FIELDS;
  const body = [...fieldRows(rowOf, fields), ['Tổng cộng', '', ...rowOf(sumLeaves(fields.map((f) => f.leaves))).slice(0, 11), fields.length]];
  return { grid: assemble(header, merges, body, options), cell: cellFinder(3, options) };
}

/** One header row whose texts carry the column numbers, no numbering row. */
export function formOneRow(options: BuildOptions = {}): BuiltLayout {
  const header: CellValue[][] = [
    [
      'STT (1)',
      'Lĩnh vực (2)',
      'Tổng số hồ sơ tiếp nhận (3)',
      'Trực tuyến (4)',
      'Trực tiếp, bưu chính (5)',
      'Kỳ trước chuyển sang (6)',
      'Tổng số hồ sơ đã giải quyết (7)',
      'Trước hạn (8)',
      'Đúng hạn (9)',
      'Quá hạn (10)',
      'Tổng số hồ sơ đang giải quyết (11)',
      'Trong hạn (12)',
      'Quá hạn (13)',
    ],
  ];
  const rowOf = (raw: Leaves): CellValue[] => {
    const l = as06a(raw);
    return [received(l), l.online, l.direct, l.carried, resolved13(l), l.early, l.onTime, l.late, l.inTime + l.overdue, l.inTime, l.overdue];
  };
  const fields = options.fields ?? FIELDS;
  const body = [...fieldRows(rowOf, fields), ['Tổng số', '', ...rowOf(sumLeaves(fields.map((f) => f.leaves)))]];
  return { grid: assemble(header, [], body, options), cell: cellFinder(1, options) };
}

/** The seed's 16 columns in two sections, with or without subtotal rows, a blank separator row. */
export function formSections(options: BuildOptions & { subtotals: 'rows' | 'on-section-row' | 'none' }): BuiltLayout {
  const header: CellValue[][] = [
    [
      'STT',
      'Lĩnh vực giải quyết',
      'Số lượng hồ sơ tiếp nhận',
      '',
      '',
      '',
      'Số lượng hồ sơ đã giải quyết',
      '',
      '',
      '',
      '',
      '',
      'Số lượng hồ sơ đang giải quyết',
      '',
      '',
      '',
    ],
    [
      '',
      '',
      'Tổng số',
      'Trong kỳ',
      '',
      'Từ kỳ trước',
      'Tổng số',
      'Trước hạn',
      'Đúng hạn',
      'Quá hạn',
      'Từ chối, không giải quyết',
      'Hồ sơ rút',
      'Tổng số',
      'Trong hạn',
      'Quá hạn',
      'Yêu cầu bổ sung',
    ],
    ['', '', '', 'Trực tuyến', 'Trực tiếp, dịch vụ bưu chính', '', '', '', '', '', '', '', '', '', '', ''],
    [
      '(1)',
      '(2)',
      '(3)=(4)+(5)+(6)',
      '(4)',
      '(5)',
      '(6)',
      '(7)=(8)+(9)+(10)+(11)+(12)',
      '(8)',
      '(9)',
      '(10)',
      '(11)',
      '(12)',
      '(13)=(14)+(15)+(16)',
      '(14)',
      '(15)',
      '(16)',
    ],
  ];
  const merges = ['A1:A3', 'B1:B3', 'C1:F1', 'G1:L1', 'M1:P1', 'C2:C3', 'D2:E2', 'F2:F3'];
  const rowOf = (l: Leaves): CellValue[] => {
    const res = l.early + l.onTime + l.late + l.rejected + l.withdrawn;
    const pen = l.inTime + l.overdue + l.supplement;
    return [res + pen, l.online, l.direct, l.carried, res, l.early, l.onTime, l.late, l.rejected, l.withdrawn, pen, l.inTime, l.overdue, l.supplement];
  };
  const all = options.fields ?? FIELDS;
  const split = Math.max(1, Math.floor(all.length / 2));
  const first = all.slice(0, split);
  const second = all.slice(split);
  const sum = (fields: typeof FIELDS) => rowOf(sumLeaves(fields.map((f) => f.leaves)));
  const section = (marker: string, label: string, fields: typeof FIELDS): CellValue[] =>
    options.subtotals === 'on-section-row' ? [marker, label, ...sum(fields)] : [marker, label];
  const rows = (fields: typeof FIELDS, from: number) => fields.map((f, i) => [from + i + 1, f.name, ...rowOf(f.leaves)] as CellValue[]);
  const body: CellValue[][] = [
    section('I', 'Trên Hệ thống các Bộ, ngành', first),
    ...rows(first, 0),
    ...(options.subtotals === 'rows' ? [['', 'Cộng', ...sum(first)] as CellValue[]] : []),
    [],
    section('II', 'Trên Hệ thống thành phố', second),
    ...rows(second, 0),
    ...(options.subtotals === 'rows' ? [['', 'Cộng', ...sum(second)] as CellValue[]] : []),
    ['', 'Tổng cộng', ...sum(all)],
  ];
  const headerRows = 4;
  const titles = options.titles?.length ?? 0;
  const bodyRowOfField = (fieldIndex: number) => {
    const inFirst = fieldIndex < first.length;
    const sectionRowsBefore = inFirst ? 1 : 1 + first.length + (options.subtotals === 'rows' ? 1 : 0) + 1 + 1;
    return sectionRowsBefore + (inFirst ? fieldIndex : fieldIndex - first.length);
  };
  return {
    grid: assemble(header, merges, body, options),
    cell: (fieldIndex, countColumn) => `${String.fromCharCode(67 + countColumn)}${titles + headerRows + bodyRowOfField(fieldIndex) + 1}`,
  };
}
