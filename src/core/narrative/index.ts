// Section I.2 from a located table: what the pane and the CLI call.

import { tableFigures } from '../figures';
import type { Grid, Lang, TableFigures, TableModel } from '../types';
import { annexTable, type AnnexTable } from './annex';
import { buildNarrative } from './build';
import type { NarrativeModel } from './model';
import { resolvePeriod, type PeriodInput } from './period';
import { readTitleRows, type TitleInfo } from './title';

export interface ClerkInput extends PeriodInput {
  unit?: string;
}

export interface NarrativeBundle {
  model: NarrativeModel;
  figures: TableFigures;
  annex: AnnexTable;
  /** What the sheet's title rows said. */
  title: TitleInfo;
}

/** The narrative, figures and annex of a located table; the clerk's input wins over the titles. */
export function narrativeForTable(grid: Grid, table: TableModel, clerk: ClerkInput = {}, lang: Lang = 'vi'): NarrativeBundle {
  const title = readTitleRows(grid, table.headerTop);
  const figures = tableFigures(grid, table);
  const period = resolvePeriod(clerk, title);
  const unit = clerk.unit?.trim() || title.unit;
  const model = buildNarrative(figures, { lang, period, unit });
  return { model, figures, annex: annexTable(grid, table), title };
}

export { annexTable, buildNarrative, readTitleRows, resolvePeriod };
export type { AnnexTable, NarrativeModel, TitleInfo };
export * from './period';
export { narrativeLines, narrativeToPlainText, paragraphText } from './plain';
export { reconcileText, type ReconcileItem, type ReconcileReport, type ReconcileStatus } from './reconcile';
