// The comparison with another period on the lines that state it: the received, resolved and
// pending totals by their counts, returned on time or early by its rate. A line the other
// table has no figure for stays as it is, and is listed.
import { countChange, rateChange, type ComparedPeriod } from '../periods/comparison';
import { narrativeCounts, roleRate, type Counts } from './counts';
import type { NarrativeLine, NarrativeLineKey } from './model';

/** The other period's table: its totals by role, and its period as its title names it. */
export interface ComparisonBasis {
  totals: Counts;
  period: ComparedPeriod;
}

/** Adds each line's change in place; returns the lines that could not be compared. */
export function addComparison(lines: NarrativeLine[], counts: Counts, basis: ComparisonBasis): NarrativeLineKey[] {
  const previous = narrativeCounts(basis.totals);
  const missing: NarrativeLineKey[] = [];
  for (const line of lines) {
    switch (line.key) {
      case 'received':
      case 'resolved':
      case 'pending': {
        const before = previous[line.key];
        const now = counts[line.key];
        if (before === undefined || now === undefined) missing.push(line.key);
        else line.change = { against: basis.period, count: countChange(now, before) };
        break;
      }
      case 'resolved.early+onTime': {
        const before = roleRate(previous, line.key);
        const now = roleRate(counts, line.key);
        if (before === null || now === null) missing.push(line.key);
        else line.change = { against: basis.period, rate: rateChange(now, before) };
        break;
      }
    }
  }
  return missing;
}
