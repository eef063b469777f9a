// What the engine says when it cannot find or read a table: what the header lacks, legacy encodings.
import { groupOfRole } from '../header';
import type { Grid, MissingPart, TableColumn } from '../types';

export function missingParts(columns: TableColumn[]): MissingPart[] {
  const missing: MissingPart[] = [];
  for (const group of ['received', 'resolved', 'pending'] as const) {
    const members = columns.filter((c) => groupOfRole(c.role) === group);
    if (members.length === 0) missing.push({ group, missing: 'group' });
    else if (!members.some((c) => c.role === group)) missing.push({ group, missing: 'total' });
    else if (members.length < 3) missing.push({ group, missing: 'parts' });
  }
  return missing;
}

/** Text typed in the legacy TCVN3 encoding (.VnTime fonts) shows these Latin-1 letters where Vietnamese ones belong. */
export function looksLikeTcvn3(grid: Grid): boolean {
  let hits = 0;
  for (const line of grid.values.slice(0, 40)) {
    for (const value of line) if (typeof value === 'string' && /[¨©ª«¬®°±²³µ¶·¸¹º»¼½¾¿ÆÇËÎÏÐÑ×ØÛÜÞßæçëîïðñ÷øûüþÿ]/.test(value) && /[a-z]/i.test(value)) hits++;
  }
  return hits >= 3;
}
