// Section I.2 from a located table: what the pane and the CLI call.

import { tableFigures } from '../figures';
import type { Grid, TableFigures, TableModel } from '../types';
import type { ComparisonBasis } from './comparison-lines';
import { buildNarrative } from './lines';
import { printedAnnex, type PrintedAnnex } from './printed-annex';
import type { NarrativeModel } from './model';
import { choosePeriod, type ClerkPeriod, type PeriodChoice, type SheetPeriod } from './period-choice';
import { readTitleRows, type TitleInfo } from './title';

export interface ClerkInput extends ClerkPeriod {
  unit?: string;
}

export interface NarrativeBundle {
  model: NarrativeModel;
  figures: TableFigures;
  annex: PrintedAnnex;
  /** What the sheet's title rows said. */
  title: TitleInfo;
  /** The period written, and how the clerk's input stands against the sheet's. */
  period: PeriodChoice;
}

/** The period the sheet states in its title rows, with the texts it was read from. */
export function sheetPeriod(title: TitleInfo): SheetPeriod {
  return { kind: title.kind, year: title.year, from: title.from, to: title.to, texts: [...title.periodTexts] };
}

export interface NarrativeRequest extends ClerkInput {
  /** Write the clerk's period even where it contradicts the sheet's (the conflicts stay, to warn). */
  force?: boolean;
  /** Another period's table to compare with (src/core/periods/basis.ts). */
  previous?: ComparisonBasis;
}

/**
 * The narrative, figures and annex of a located table. The period is the sheet's, completed by
 * the clerk's input; `period.refused` says the clerk's input contradicts it (see choosePeriod).
 */
export function narrativeForTable(grid: Grid, table: TableModel, request: NarrativeRequest = {}): NarrativeBundle {
  const title = readTitleRows(grid, table.headerTop);
  const figures = tableFigures(grid, table);
  const choice = choosePeriod(request, sheetPeriod(title), request.force ?? false);
  const unit = request.unit?.trim() || title.unit;
  const model = buildNarrative(figures, { period: choice.period, unit, previous: request.previous });
  return { model, figures, annex: printedAnnex(grid, table), title, period: choice };
}

export { buildNarrative, choosePeriod, printedAnnex, readTitleRows };
export * from './period-choice';
export type { ComparisonBasis, NarrativeModel, PrintedAnnex, TitleInfo };
