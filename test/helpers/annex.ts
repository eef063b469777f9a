// Builds annex grids in the seed's layout for tests: header (3 rows), numbering row, fields,
// "Tổng cộng" and "Tỷ lệ:" rows, optionally offset under title rows.
import { percentHalfUp } from '../../src/core/numbers';
import type { CellRange, CellValue, Grid } from '../../src/core/types';

/** Counts of columns (3)…(16) of one field; null = blank cell. */
export interface FieldCounts {
  name: string;
  values: (number | string | null | { error: string })[];
}

/** The seed's 12 fields (../shared/seed/bao-cao-quy-II-2026.txt). */
export const SEED_FIELDS: FieldCounts[] = [
  { name: 'Hộ tịch', values: [1066, 1061, null, 5, 1062, 1043, null, null, 10, 9, 4, null, null, 4] },
  { name: 'Thành lập và hoạt động doanh nghiệp (hộ kinh doanh)', values: [276, 276, null, null, 276, 276, null, null, null, null, 0, null, null, null] },
  { name: 'Đường thủy nội địa', values: [0, null, null, null, 0, null, null, null, null, null, 0, null, null, null] },
  { name: 'Hoạt động xây dựng', values: [8, 8, null, null, 6, 6, null, null, null, null, 2, 2, null, null] },
  { name: 'Đất đai', values: [143, 130, null, 13, 113, 113, null, null, null, null, 30, 25, null, 5] },
  { name: 'Người có công', values: [36, 36, null, null, 35, 35, null, null, null, null, 1, 1, null, null] },
  { name: 'Quy hoạch xây dựng, kiến trúc', values: [0, null, null, null, 0, null, null, null, null, null, 0, null, null, null] },
  {
    name: 'Thành lập và hoạt động của tổ hợp tác, hợp tác xã, liên hiệp hợp tác xã',
    values: [6, 6, null, null, 6, 6, null, null, null, null, 0, null, null, null],
  },
  { name: 'Bảo trợ xã hội', values: [116, 116, null, 0, 97, 97, null, null, null, null, 19, 19, null, null] },
  { name: 'Chứng thực', values: [1922, 1921, null, 1, 1921, 1910, null, null, 7, 4, 1, null, null, 1] },
  { name: 'Kinh doanh khí', values: [0, null, null, null, 0, null, null, null, null, null, 0, null, null, null] },
  { name: 'Lưu thông hàng hóa trong nước', values: [2, 2, null, null, 2, 2, null, null, null, null, 0, null, null, null] },
];

export const HEADER_ROWS: string[][] = [
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
  ['', '', '', 'Thực tuyến', 'Thực tiếp, dịch vụ bưu chính', '', '', '', '', '', '', '', '', '', '', ''],
];

export const NUMBERING_ROW = [
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
];

/** Header merges relative to the header's top-left (row 0 = first header row). */
const HEADER_MERGES: CellRange[] = [
  { top: 0, left: 0, bottom: 2, right: 0 },
  { top: 0, left: 1, bottom: 2, right: 1 },
  { top: 0, left: 2, bottom: 0, right: 5 },
  { top: 0, left: 6, bottom: 0, right: 11 },
  { top: 0, left: 12, bottom: 0, right: 15 },
  { top: 1, left: 2, bottom: 2, right: 2 },
  { top: 1, left: 3, bottom: 1, right: 4 },
  { top: 1, left: 5, bottom: 2, right: 5 },
  ...[6, 7, 8, 9, 10, 11, 12, 13, 14, 15].map((c) => ({ top: 1, left: c, bottom: 2, right: c })),
];

export interface AnnexOptions {
  /** Rows above the header: titles, blank rows. */
  titleRows?: string[];
  /** Blank columns left of the table. */
  leftColumns?: number;
  totals?: boolean;
  rates?: boolean;
  numbering?: 'identities' | 'plain' | 'none';
  merges?: boolean;
  /** Rates: fractions in a 0.0% format (default), plain percents, or Vietnamese text. */
  rateStyle?: 'fraction' | 'percent-number' | 'text';
  /** Totals as formulas (formula text recorded) instead of constants. */
  totalFormulas?: boolean;
  sheetName?: string;
}

function numeric(value: FieldCounts['values'][number]): number {
  return typeof value === 'number' ? value : 0;
}

export function columnSums(fields: FieldCounts[]): number[] {
  return Array.from({ length: 14 }, (_, i) => fields.reduce((sum, f) => sum + numeric(f.values[i]), 0));
}

/** Rates of the seed's rates row: denominator (3); (4) over (4)+(5); (5) and (6) left blank. */
export function rateValues(totals: number[]): (number | null)[] {
  return totals.map((value, i) => {
    if (i === 2 || i === 3) return null;
    const denominator = i === 1 ? totals[1] + totals[2] : totals[0];
    if (denominator === 0) return null;
    return percentHalfUp(value, denominator, 1);
  });
}

function vietnameseRate(percent: number): string {
  return `${String(percent).replace('.', ',')}%`;
}

export function buildAnnexGrid(fields: FieldCounts[], options: AnnexOptions = {}): Grid {
  const titleRows = options.titleRows ?? [];
  const left = options.leftColumns ?? 0;
  const numbering = options.numbering ?? 'identities';
  const pad = (cells: CellValue[]): CellValue[] => [...Array(left).fill(null), ...cells];
  const values: CellValue[][] = [];
  const formats: (string | null)[][] = [];
  const formulas: (string | null)[][] = [];
  const push = (cells: CellValue[], rowFormats: (string | null)[] = [], rowFormulas: (string | null)[] = []) => {
    values.push(pad(cells));
    formats.push([...Array(left).fill(null), ...rowFormats]);
    formulas.push([...Array(left).fill(null), ...rowFormulas]);
  };
  for (const title of titleRows) push([title]);
  const headerTop = values.length;
  for (const row of HEADER_ROWS) push(row.map((t) => t));
  if (numbering === 'identities') push([...NUMBERING_ROW]);
  if (numbering === 'plain') push(NUMBERING_ROW.map((_, i) => i + 1));
  const firstField = values.length;
  fields.forEach((field, i) => push([i + 1, field.name, ...(field.values as CellValue[])], [null, null, ...Array(14).fill('#,##0')]));
  const lastField = values.length - 1;
  const totals = columnSums(fields);
  if (options.totals !== false) {
    const totalFormulas = options.totalFormulas
      ? [
          null,
          null,
          ...totals.map((_, i) => `=SUM(${String.fromCharCode(67 + left + i)}${firstField + 1}:${String.fromCharCode(67 + left + i)}${lastField + 1})`),
        ]
      : [];
    push(['Tổng cộng', '', ...totals], [null, null, ...Array(14).fill('#,##0')], totalFormulas);
  }
  if (options.rates !== false) {
    const rates = rateValues(totals);
    const style = options.rateStyle ?? 'fraction';
    const cells = rates.map((rate) => {
      if (rate === null) return null;
      if (style === 'fraction') return Number((rate / 100).toFixed(6));
      if (style === 'percent-number') return rate;
      return vietnameseRate(rate);
    });
    push(['Tỷ lệ:', '', ...cells], [null, null, ...Array(14).fill(style === 'fraction' ? '0.0%' : 'General')]);
  }
  const width = left + 16;
  for (const line of values) while (line.length < width) line.push(null);
  const merges =
    options.merges === false
      ? []
      : HEADER_MERGES.map((m) => ({ top: m.top + headerTop, bottom: m.bottom + headerTop, left: m.left + left, right: m.right + left }));
  return {
    sheetName: options.sheetName ?? 'Phụ lục',
    origin: { row: 0, col: 0 },
    values,
    formulas: options.totalFormulas ? formulas : undefined,
    numberFormats: formats,
    merges,
  };
}

/** Absolute A1 address of field i (0-based), column number n (3…16) in a grid built with these options. */
export function fieldCell(fieldIndex: number, columnNumber: number, options: AnnexOptions = {}): string {
  const top = (options.titleRows?.length ?? 0) + 3 + ((options.numbering ?? 'identities') === 'none' ? 0 : 1);
  const col = (options.leftColumns ?? 0) + columnNumber - 1;
  return `${String.fromCharCode(65 + col)}${top + fieldIndex + 1}`;
}

export function setCell(grid: Grid, address: string, value: CellValue): void {
  const match = /^([A-Z])(\d+)$/.exec(address);
  if (!match) throw new Error(address);
  grid.values[Number(match[2]) - 1][match[1].charCodeAt(0) - 65] = value;
}

export function getCell(grid: Grid, address: string): CellValue {
  const match = /^([A-Z])(\d+)$/.exec(address);
  if (!match) throw new Error(address);
  return grid.values[Number(match[2]) - 1][match[1].charCodeAt(0) - 65];
}
