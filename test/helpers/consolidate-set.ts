// A generated set of units' annexes for the consolidation tests and the README's example: the same
// form with different field orders and spellings, mixed 16- and 13-column forms, one unit split over
// two platform files, one unit with an error, one unreadable file, a field only one unit has, unit
// names from titles and from a file name. Each unit's leaves are given here, so that a test can
// compute the consolidated numbers on its own.
import { writeFileSync } from 'fs';
import * as path from 'path';
import { parseA1 } from '../../src/core/address';
import type { Grid } from '../../src/core/types';
import { leaves, seedUnit, unit06a, type UnitFields } from '../core/consolidate/units';
import { writeWorkbook } from './xlsx';

export const PERIOD = ['KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH QUÝ II NĂM 2026', '(Số liệu tính từ ngày 15/3 đến hết ngày 14/6/2026)'];

export const AN_PHU: UnitFields = [
  {
    name: 'Hộ tịch',
    leaves: leaves({ online: 100, direct: 20, carried: 5, early: 90, onTime: 10, late: 2, rejected: 3, withdrawn: 1, inTime: 10, overdue: 3, supplement: 6 }),
  },
  { name: 'Đất đai', leaves: leaves({ online: 40, direct: 10, carried: 8, early: 30, onTime: 5, late: 4, inTime: 12, overdue: 5, supplement: 2 }) },
  { name: 'Chứng thực', leaves: leaves({ online: 300, direct: 30, early: 320, onTime: 5, late: 0, inTime: 5 }) },
  { name: 'Người có công', leaves: leaves({ online: 6, direct: 1, early: 5, onTime: 1, inTime: 1 }) },
];
/** Bến Thành sends Biểu II.06a (13 columns), its fields in another order and spelling. */
export const BEN_THANH: UnitFields = [
  { name: 'Lĩnh vực chứng thực', leaves: leaves({ online: 200, direct: 50, carried: 2, early: 200, onTime: 30, late: 5, inTime: 15, overdue: 2 }) },
  { name: 'Hộ Tịch', leaves: leaves({ online: 80, direct: 10, early: 60, onTime: 20, late: 2, inTime: 6, overdue: 2 }) },
  { name: 'Đất đai', leaves: leaves({ online: 30, direct: 5, carried: 3, early: 20, onTime: 8, late: 3, inTime: 5, overdue: 2 }) },
];
export const BINH_AN_MINISTRIES: UnitFields = [
  { name: 'Hộ tịch', leaves: leaves({ online: 10, direct: 2, early: 9, onTime: 1, inTime: 2 }) },
  { name: 'Đất đai', leaves: leaves({ online: 4, direct: 4, carried: 1, early: 6, late: 1, overdue: 1, supplement: 1 }) },
];
export const BINH_AN_CITY: UnitFields = [
  { name: 'Hộ tịch', leaves: leaves({ online: 50, direct: 5, carried: 1, early: 45, onTime: 5, late: 1, rejected: 1, withdrawn: 1, inTime: 3 }) },
  { name: 'Chứng thực', leaves: leaves({ online: 90, direct: 10, early: 95, onTime: 5 }) },
];
/** Tân Lợi's table is consistent in its leaves, but its (3) for Hộ tịch is typed 10 too many. */
export const TAN_LOI: UnitFields = [
  { name: 'Hộ tịch', leaves: leaves({ online: 20, direct: 5, early: 15, onTime: 5, late: 2, inTime: 3 }) },
  { name: 'Chứng thực', leaves: leaves({ online: 40, direct: 4, early: 40, onTime: 4 }) },
];
export const TAN_LOI_TYPO = { address: 'C8', add: 10 };
/** A unit whose title names no unit: it is named after its file. */
export const NO_NAME: UnitFields = [{ name: 'Hộ tịch', leaves: leaves({ online: 7, direct: 1, early: 6, onTime: 2 }) }];

export function setCell(grid: Grid, address: string, value: number): void {
  const { row, col } = parseA1(address);
  grid.values[row - grid.origin.row][col - grid.origin.col] = value;
}

export interface ConsolidateSet {
  anPhu: string;
  benThanh: string;
  binhAnMinistries: string;
  binhAnCity: string;
  tanLoi: string;
  broken: string;
  noName: string;
}

export async function writeConsolidateSet(dir: string): Promise<ConsolidateSet> {
  const file = (name: string) => path.join(dir, name);
  const tanLoi = seedUnit(TAN_LOI, ['UBND XÃ TÂN LỢI', ...PERIOD]);
  const typed = tanLoi.values[parseA1(TAN_LOI_TYPO.address).row][parseA1(TAN_LOI_TYPO.address).col] as number;
  setCell(tanLoi, TAN_LOI_TYPO.address, typed + TAN_LOI_TYPO.add);
  writeFileSync(file('hong.xlsx'), 'this is not a workbook');
  return {
    anPhu: await writeWorkbook(file('xa-an-phu.xlsx'), [seedUnit(AN_PHU, ['UBND THÀNH PHỐ HÀ TIÊN', 'ỦY BAN NHÂN DÂN XÃ AN PHÚ', ...PERIOD])]),
    benThanh: await writeWorkbook(file('phuong-ben-thanh.xlsx'), [
      unit06a(BEN_THANH, ['Đơn vị báo cáo: UBND phường Bến Thành', 'Đơn vị nhận báo cáo: UBND thành phố Hà Tiên', ...PERIOD]),
    ]),
    binhAnMinistries: await writeWorkbook(file('xa-binh-an-he-thong-bo.xlsx'), [
      seedUnit(BINH_AN_MINISTRIES, ['UBND XÃ BÌNH AN', `${PERIOD[0]} TRÊN HỆ THỐNG CÁC BỘ`, PERIOD[1]]),
    ]),
    binhAnCity: await writeWorkbook(file('xa-binh-an-he-thong-tp.xlsx'), [
      seedUnit(BINH_AN_CITY, ['UBND XÃ BÌNH AN', `${PERIOD[0]} TRÊN HỆ THỐNG THÀNH PHỐ`, PERIOD[1]]),
    ]),
    tanLoi: await writeWorkbook(file('xa-tan-loi.xlsx'), [tanLoi]),
    broken: file('hong.xlsx'),
    noName: await writeWorkbook(file('Phường 3.xlsx'), [seedUnit(NO_NAME, PERIOD)]),
  };
}
