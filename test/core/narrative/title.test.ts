import { parseTitleTexts, readTitleRows, readUnit } from '../../../src/core/narrative/title';
import type { Grid } from '../../../src/core/types';

const d = (day: number, month: number, year: number) => ({ day, month, year });

describe('parseTitleTexts', () => {
  test('quarter, year and the period from the seed-style titles', () => {
    expect(
      parseTitleTexts(['UBND XÃ AN PHÚ', 'KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH QUÝ II NĂM 2026', '(Số liệu tính từ ngày 15/3 đến hết ngày 14/6/2026)']),
    ).toEqual({
      unit: 'xã An Phú',
      kind: 'Q2',
      year: 2026,
      from: d(15, 3, 2026),
      to: d(14, 6, 2026),
      periodTexts: ['KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH QUÝ II NĂM 2026', '(Số liệu tính từ ngày 15/3 đến hết ngày 14/6/2026)'],
    });
  });
  test('a start in the previous year without its year', () => {
    expect(parseTitleTexts(['Số liệu từ ngày 15/12 đến ngày 14/3/2026'])).toEqual({
      kind: 'Q1',
      year: 2026,
      from: d(15, 12, 2025),
      to: d(14, 3, 2026),
      periodTexts: ['Số liệu từ ngày 15/12 đến ngày 14/3/2026'],
    });
  });
  test('6 and 9 months, a dash range, arabic quarter', () => {
    expect(parseTitleTexts(['Báo cáo 6 tháng đầu năm 2025'])).toEqual({ kind: '6M', year: 2025, periodTexts: ['Báo cáo 6 tháng đầu năm 2025'] });
    expect(parseTitleTexts(['Kết quả 9 tháng năm 2025'])).toEqual({ kind: '9M', year: 2025, periodTexts: ['Kết quả 9 tháng năm 2025'] });
    expect(parseTitleTexts(['Quý 3/2026 (15/6/2026 - 14/9/2026)'])).toEqual({
      kind: 'Q3',
      year: 2026,
      from: d(15, 6, 2026),
      to: d(14, 9, 2026),
      periodTexts: ['Quý 3/2026 (15/6/2026 - 14/9/2026)'],
    });
  });
  test('the year report only when it says so or its dates are the year', () => {
    expect(parseTitleTexts(['Phụ lục năm 2026'])).toEqual({ year: 2026, periodTexts: ['Phụ lục năm 2026'] });
    expect(parseTitleTexts(['Kết quả cả năm 2026'])).toEqual({ kind: 'Y', year: 2026, periodTexts: ['Kết quả cả năm 2026'] });
  });
  test('a period that is no official one: its dates, its year, no kind', () => {
    expect(parseTitleTexts(['UBND XÃ AN PHÚ', 'Số liệu từ ngày 21/7 đến 20/8/2026'])).toEqual({
      unit: 'xã An Phú',
      year: 2026,
      from: d(21, 7, 2026),
      to: d(20, 8, 2026),
      periodTexts: ['Số liệu từ ngày 21/7 đến 20/8/2026'],
    });
    expect(parseTitleTexts(['KẾT QUẢ QUÝ I NĂM 2026', '(Từ ngày 01/12/2025 đến ngày 28/02/2026)'])).toEqual({
      kind: 'Q1',
      year: 2026,
      from: d(1, 12, 2025),
      to: d(28, 2, 2026),
      periodTexts: ['KẾT QUẢ QUÝ I NĂM 2026', '(Từ ngày 01/12/2025 đến ngày 28/02/2026)'],
    });
  });
  test('the date the report is signed is not its period', () => {
    expect(parseTitleTexts(['ỦY BAN NHÂN DÂN XÃ AN PHÚ', 'An Phú, ngày 05 tháng 01 năm 2027', 'KẾT QUẢ GIẢI QUYẾT TTHC QUÝ IV NĂM 2026'])).toEqual({
      unit: 'xã An Phú',
      kind: 'Q4',
      year: 2026,
      periodTexts: ['KẾT QUẢ GIẢI QUYẾT TTHC QUÝ IV NĂM 2026'],
    });
    expect(parseTitleTexts(['An Phú, ngày     tháng 6 năm 2026', 'BÁO CÁO 6 THÁNG ĐẦU NĂM 2026'])).toMatchObject({
      kind: '6M',
      year: 2026,
      periodTexts: ['BÁO CÁO 6 THÁNG ĐẦU NĂM 2026'],
    });
  });
  test('nothing to read', () => {
    expect(parseTitleTexts(['Bảng tổng hợp', '#REF!'])).toEqual({ periodTexts: [] });
  });
});

describe('readUnit', () => {
  test.each([
    ['UBND XÃ AN PHÚ', 'xã An Phú'],
    ['Trung tâm Phục vụ hành chính công phường Bến Thành', 'phường Bến Thành'],
    ['ỦY BAN NHÂN DÂN XÃ ĐỨC HÒA QUÝ II NĂM 2026', 'xã Đức Hòa'],
    ['Của xã An Phú báo cáo quý II', 'xã An Phú'],
    ['đặc khu Phú Quốc', 'đặc khu Phú Quốc'],
    ['XÃ AN PHÚ THÀNH PHỐ HÀ NỘI', 'xã An Phú'],
  ])('%p → %p', (text, unit) => {
    expect(readUnit(text)).toBe(unit);
  });
  test.each(['50/114 xã, phường, đặc khu', 'các xã trên địa bàn', 'Lĩnh vực'])('%p names no unit', (text) => {
    expect(readUnit(text)).toBeUndefined();
  });
});

describe('readTitleRows', () => {
  test('reads only the rows above the header, each merged text once', () => {
    const grid: Grid = {
      sheetName: 'PL',
      origin: { row: 0, col: 0 },
      values: [
        ['UBND XÃ AN PHÚ', null, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
        ['KẾT QUẢ QUÝ II NĂM 2026', 'KẾT QUẢ QUÝ II NĂM 2026', 'KẾT QUẢ QUÝ II NĂM 2026'],
        ['STT', 'Lĩnh vực', 'quý III năm 2027'],
      ],
    };
    expect(readTitleRows(grid, 2)).toEqual({
      unit: 'xã An Phú',
      kind: 'Q2',
      year: 2026,
      texts: ['UBND XÃ AN PHÚ', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'KẾT QUẢ QUÝ II NĂM 2026'],
      periodTexts: ['KẾT QUẢ QUÝ II NĂM 2026'],
    });
  });
  test('a table at the top of the sheet has no title', () => {
    const grid: Grid = { sheetName: 'PL', origin: { row: 0, col: 0 }, values: [['STT', 'Lĩnh vực']] };
    expect(readTitleRows(grid, 0)).toEqual({ texts: [], periodTexts: [] });
  });
});
