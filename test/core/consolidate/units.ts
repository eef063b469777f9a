// Generated units for the consolidation tests: each unit's annex from per-field leaf counts, in the
// seed's 16 columns or Biểu II.06a's 13, under its own title lines.
import type { Grid } from '../../../src/core/types';
import { buildAnnexGrid } from '../../helpers/annex';
import { form06a, type Leaves } from '../../helpers/variants';

export type UnitFields = Array<{ name: string; leaves: Leaves }>;

export function leaves(partial: Partial<Leaves>): Leaves {
  return { online: 0, direct: 0, carried: 0, early: 0, onTime: 0, late: 0, rejected: 0, withdrawn: 0, inTime: 0, overdue: 0, supplement: 0, ...partial };
}

export function seedValues(l: Leaves): number[] {
  const received = l.online + l.direct + l.carried;
  const resolved = l.early + l.onTime + l.late + l.rejected + l.withdrawn;
  const pending = l.inTime + l.overdue + l.supplement;
  return [received, l.online, l.direct, l.carried, resolved, l.early, l.onTime, l.late, l.rejected, l.withdrawn, pending, l.inTime, l.overdue, l.supplement];
}

export function seedUnit(fields: UnitFields, titles: string[], sheetName = 'Phụ lục'): Grid {
  return buildAnnexGrid(
    fields.map((f) => ({ name: f.name, values: seedValues(f.leaves) })),
    { titleRows: titles, sheetName },
  );
}

export function unit06a(fields: UnitFields, titles: string[], sheetName = 'Biểu II.06a'): Grid {
  return form06a({ fields, titles, sheetName }).grid;
}

export const Q2 = ['KẾT QUẢ GIẢI QUYẾT TTHC QUÝ II NĂM 2026', '(Số liệu tính từ ngày 15/3 đến hết ngày 14/6/2026)'];
