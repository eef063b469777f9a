// One cumulative pipeline for every caller (CLI, pane): the periods' tables → the cumulative model
// → the annex laid out in the last period's form with the caller's words → the annex validated
// by the engine every clerk's annex goes through (a finding here, without force, is a bug).
import { annexToGrid } from '../build/annex';
import type { AnnexLayout } from '../build/workbook-model';
import type { ValidateOutcome } from '../types';
import { validateGrid } from '../validate';
import { cumulate, type CumulateOptions, type CumulateRefusal, type CumulativeModel } from './cumulate';
import { layoutCumulative } from './cumulative-sheet';
import type { CarryOverCheck } from './carry-over';
import type { PeriodTable } from './types';

/** What the annex says in words, from the model (src/i18n/periods/cumulate.ts). */
export interface CumulativeWords {
  annexName: string;
  titleLines: string[];
  noteLines: string[];
  totalLabel: string;
}

export type CumulativePlan =
  | { ready: false; refusal: CumulateRefusal; tables: PeriodTable[]; checks: CarryOverCheck[] }
  | { ready: true; model: CumulativeModel; words: CumulativeWords; layout: AnnexLayout; selfCheck: ValidateOutcome };

export function planCumulativeAnnex(inputs: PeriodTable[], options: CumulateOptions, words: (model: CumulativeModel) => CumulativeWords): CumulativePlan {
  const outcome = cumulate(inputs, options);
  if (!outcome.ok) return { ready: false, refusal: outcome.refusal, tables: outcome.tables, checks: outcome.checks };
  const worded = words(outcome.model);
  const layout = layoutCumulative(outcome.model, worded);
  return { ready: true, model: outcome.model, words: worded, layout, selfCheck: validateGrid(annexToGrid(layout, worded.annexName)) };
}
