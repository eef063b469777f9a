// The tables the prose corpus is checked against: the seed's annex (seed-figures.ts, the same as
// assets/samples/phu-luc-quy-II-2026.xlsx) and a second quarter built for the corpus, its sums
// exact: (3)=(4)+(5)+(6), (7)=(8)+…+(12), (13)=(14)+(15)+(16), (3)=(7)+(13), on every row.
import type { FieldFigures, TableColumn, TableFigures } from '../../../src/core/types';
import { SEED_COUNT_ROLES, seedFigures } from './seed-figures';

/** The seed's column layout: (1) STT, (2) field, (3)…(16) the counts. */
export const CORPUS_COLUMNS: TableColumn[] = SEED_COUNT_ROLES.map((role, i) => ({
  col: i + 2,
  letter: String.fromCharCode(67 + i),
  number: i + 3,
  label: role,
  role,
}));

function row(rowNumber: number, label: string, cells: number[]): FieldFigures {
  const values: FieldFigures['values'] = {};
  cells.forEach((value, i) => {
    values[SEED_COUNT_ROLES[i]] = value;
  });
  return { row: rowNumber, label, values };
}

/**
 * A quarter with 2.836 dossiers received (2.742 online of 2.812 new: 97,5%), 2.774 resolved
 * (97,81% of received), 62 pending; five fields.
 */
export function builtFigures(): TableFigures {
  const fields = [
    row(4, 'Chứng thực', [1573, 1560, 13, 0, 1570, 1500, 60, 0, 6, 4, 3, 3, 0, 0]),
    row(5, 'Hộ tịch', [845, 800, 35, 10, 830, 700, 120, 2, 4, 4, 15, 10, 0, 5]),
    row(6, 'Đất đai', [210, 180, 20, 10, 180, 150, 26, 2, 2, 0, 30, 23, 2, 5]),
    row(7, 'Bảo trợ xã hội', [120, 116, 0, 4, 108, 80, 28, 0, 0, 0, 12, 12, 0, 0]),
    row(8, 'Người có công', [88, 86, 2, 0, 86, 70, 16, 0, 0, 0, 2, 2, 0, 0]),
  ];
  const totals: TableFigures['totals'] = {};
  for (const role of SEED_COUNT_ROLES) totals[role] = fields.reduce((sum, field) => sum + (field.values[role] as number), 0);
  return { totals, totalsSource: 'totals-row', fields };
}

export const CORPUS_TABLES = { seed: seedFigures, built: builtFigures } as const;
export type CorpusTable = keyof typeof CORPUS_TABLES;
