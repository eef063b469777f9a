// Workbooks of one unit's periods for the CLI tests: the seed's quý II, a quý I whose pending
// dossiers are its carried-over ones (or one off), last year's quý II, and a book of both quarters.
import * as path from 'path';
import type { Grid } from '../../src/core/types';
import { buildAnnexGrid, SEED_FIELDS, type FieldCounts } from '../helpers/annex';
import { writeWorkbook } from '../helpers/xlsx';

export const Q1_TITLES = ['UBND XÃ AN PHÚ', 'KẾT QUẢ GIẢI QUYẾT TTHC QUÝ I NĂM 2026', '(Số liệu tính từ ngày 15/12/2025 đến hết ngày 14/3/2026)'];
export const Q2_TITLES = ['UBND XÃ AN PHÚ', 'KẾT QUẢ GIẢI QUYẾT TTHC QUÝ II NĂM 2026', '(Số liệu tính từ ngày 15/3 đến hết ngày 14/6/2026)'];
export const Q2_2025_TITLES = ['UBND XÃ AN PHÚ', 'KẾT QUẢ GIẢI QUYẾT TTHC QUÝ II NĂM 2025', '(Số liệu tính từ ngày 15/3 đến hết ngày 14/6/2025)'];

/**
 * A consistent quý I for the seed's fields: `online` received online (default 200 a field, the
 * seed's totals minus 412 overall), 10 carried over from quý IV, what the seed carries into quý II
 * still pending (or `pending[name]`), the rest returned early.
 */
export function q1Fields(pending: Record<string, number> = {}): FieldCounts[] {
  return SEED_FIELDS.map((field, i) => {
    const p = pending[field.name] ?? (typeof field.values[3] === 'number' ? field.values[3] : 0);
    const online = i === 0 ? 1000 : i === 9 ? 1753 : 40;
    const carried = i === 0 ? 10 : 0;
    const received = online + carried;
    return {
      name: field.name,
      values: [received, online, null, carried || null, received - p, received - p, null, null, null, null, p, p || null, null, null],
    };
  });
}

export function seedQ2(titles = Q2_TITLES, sheetName = 'Quý II'): Grid {
  return buildAnnexGrid(
    SEED_FIELDS.map((f) => ({ ...f, values: [...f.values] })),
    { titleRows: titles, sheetName },
  );
}

export function q1(pending: Record<string, number> = {}, sheetName = 'Quý I'): Grid {
  return buildAnnexGrid(q1Fields(pending), { titleRows: Q1_TITLES, sheetName });
}

export async function writePeriodFiles(dir: string): Promise<Record<'q1' | 'q1Broken' | 'q2' | 'q2LastYear' | 'book', string>> {
  const file = (name: string) => path.join(dir, name);
  return {
    q1: await writeWorkbook(file('quy-1.xlsx'), [q1()]),
    q1Broken: await writeWorkbook(file('quy-1-lech.xlsx'), [q1({ 'Hộ tịch': 4 })]),
    q2: await writeWorkbook(file('quy-2.xlsx'), [seedQ2()]),
    q2LastYear: await writeWorkbook(file('quy-2-2025.xlsx'), [seedQ2(Q2_2025_TITLES)]),
    book: await writeWorkbook(file('so-2026.xlsx'), [seedQ2(), q1({ 'Hộ tịch': 4 })]),
  };
}
