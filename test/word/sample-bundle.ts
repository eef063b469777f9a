import * as path from 'path';
import { readXlsxGrids } from '../../src/cli/xlsx';
import { narrativeForTable, type NarrativeBundle, type ClerkInput } from '../../src/core/narrative';
import { renderNarrative, type NarrativeText } from '../../src/i18n/narrative/render';
import { validateWorkbook } from '../../src/core/validate';
import type { Lang } from '../../src/core/types';
import { outcomeProblemText } from '../../src/i18n/findings';

export const SAMPLE_XLSX = path.join(__dirname, '../../assets/samples/phu-luc-quy-II-2026.xlsx');

/** The sample's narrative bundle, and its narrative in words (`text`). */
export async function sampleBundle(
  clerk: ClerkInput = { kind: 'Q2', year: 2026, unit: 'xã An Phú' },
  lang: Lang = 'vi',
): Promise<NarrativeBundle & { text: NarrativeText }> {
  const grids = await readXlsxGrids(SAMPLE_XLSX);
  const outcome = validateWorkbook(grids);
  if (!outcome.ok) throw new Error(outcomeProblemText(outcome).en);
  const grid = grids.find((g) => g.sheetName === outcome.report.sheet)!;
  const bundle = narrativeForTable(grid, outcome.report.table, clerk);
  return { ...bundle, text: renderNarrative(bundle.model, lang) };
}
