// The fields the narrative names. A form split into sections (I. dossiers on the ministries'
// systems, II. on the city's) lists the same field once per section: to the clerk it is one field.

import { foldText } from '../text';
import type { FieldFigures, Role } from '../types';

export function narrativeFieldName(field: FieldFigures): string {
  return field.label.replace(/\s+/g, ' ').trim();
}

/**
 * The field rows with rows of the same name (accents, case and spacing aside) added up, in the
 * order each name first appears; a role is kept when any of the rows has it.
 */
export function fieldsByName(fields: FieldFigures[]): FieldFigures[] {
  const byName = new Map<string, FieldFigures>();
  for (const field of fields) {
    const key = foldText(narrativeFieldName(field));
    const seen = byName.get(key);
    if (!seen) {
      byName.set(key, { row: field.row, label: narrativeFieldName(field), values: { ...field.values } });
      continue;
    }
    for (const [role, value] of Object.entries(field.values) as [Role, number | undefined][]) {
      if (value === undefined) continue;
      seen.values[role] = (seen.values[role] ?? 0) + value;
    }
  }
  return [...byName.values()];
}
