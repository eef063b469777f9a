// Test helpers: the narrative model put into words, and reconciliation items with their messages
// in both languages (as the CLI's JSON gives them).
import { buildNarrative, type NarrativeOptions } from '../../../src/core/narrative/lines';
import { reconcileText } from '../../../src/core/narrative/reconcile/reconcile-text';
import type { ReconcileItem, ReconcileOptions } from '../../../src/core/narrative/reconcile/types';
import type { Counts } from '../../../src/core/narrative/counts';
import type { Lang, LocalizedText, TableFigures } from '../../../src/core/types';
import { reconcileMessage } from '../../../src/i18n/narrative/reconcile';
import { renderNarrative, type NarrativeText } from '../../../src/i18n/narrative/render';

export function writeNarrative(figures: TableFigures, options: NarrativeOptions & { lang?: Lang } = {}): NarrativeText {
  return renderNarrative(buildNarrative(figures, options), options.lang ?? 'vi');
}

export type WordedItem = Omit<ReconcileItem, 'basis'> & { message: LocalizedText };

export function reconcileWithMessages(text: string, totals: Counts, options: ReconcileOptions = {}) {
  const report = reconcileText(text, totals, options);
  const items: WordedItem[] = report.items.map((item) => {
    const { basis: _basis, ...fields } = item;
    return { ...fields, message: { vi: reconcileMessage(item, 'vi'), en: reconcileMessage(item, 'en') } };
  });
  return { ...report, items };
}
