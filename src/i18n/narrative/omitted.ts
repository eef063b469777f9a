// The names of narrative lines left out, apart from the reconciliation's words so that the pane's
// first download does not carry them.
import type { Lang } from '../../core/types';
import { figureLabels } from '../columns';

/** Names of the lines left out because the form lacks their columns, as the clerk reads them. */
export function omittedLineNames(keys: string[], lang: Lang): string {
  return keys.map((key) => figureLabels[key]?.[lang] ?? key).join(', ');
}
