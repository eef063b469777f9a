// The field rows of several periods' tables matched by name (src/core/match/fields.ts: never merged
// by guess). Tables that are all split into sections (dossiers on the ministries' systems, on the
// city's) are matched section by section; otherwise a field written in two sections is one field.
import { matchFieldNames, type FieldMatchHow, type FieldNameMap, type FieldSuggestion } from '../match/fields';
import type { TableModel, TableRow } from '../types';

export interface MatchedRow {
  /** The field as the first table that has it writes it. */
  field: string;
  /** Its section, as the first table that has it writes it, when the tables are matched by section. */
  section?: string;
  /** Per table: the absolute rows that hold it (none: the table lacks it; several: written twice). */
  rows: number[][];
  /** Per table: the name as written there and how it was matched; undefined where absent. */
  names: Array<{ name: string; how: FieldMatchHow } | undefined>;
}

export interface RowMatching {
  rows: MatchedRow[];
  /** True when the rows were matched within matching sections. */
  bySection: boolean;
  suggestions: FieldSuggestion[];
}

function fieldRows(table: TableModel): TableRow[] {
  return table.rows.filter((row) => row.kind === 'field');
}

function sectionLabel(table: TableModel, row: TableRow): string | undefined {
  return row.section !== undefined ? table.sections[row.section]?.label : undefined;
}

/** Matches the names of `groups[t]` (table t's rows) and appends the matched rows. */
function matchGroup(groups: TableRow[][], map: FieldNameMap | undefined, section: string | undefined, out: RowMatching): void {
  const names = groups.map((rows) => [...new Set(rows.map((row) => row.label))]);
  const matching = matchFieldNames(names, { map });
  const byField = new Map<string, MatchedRow>();
  for (const field of matching.fields) {
    const matched: MatchedRow = { field, rows: groups.map(() => []), names: groups.map(() => undefined) };
    if (section !== undefined) matched.section = section;
    byField.set(field, matched);
  }
  groups.forEach((rows, t) => {
    for (const match of matching.tables[t]) {
      const matched = byField.get(match.field);
      if (!matched) continue;
      matched.names[t] ??= { name: match.name, how: match.how };
      for (const row of rows) if (row.label === match.name) matched.rows[t].push(row.row);
    }
  });
  // A mapped name may name a field no table writes as such: it has rows all the same.
  for (const matched of byField.values()) if (matched.rows.some((rows) => rows.length > 0)) out.rows.push(matched);
  out.suggestions.push(...matching.suggestions);
}

export function matchTableRows(tables: TableModel[], map?: FieldNameMap): RowMatching {
  const out: RowMatching = { rows: [], bySection: false, suggestions: [] };
  const rowsOf = tables.map(fieldRows);
  const sectioned = tables.length > 1 && rowsOf.every((rows) => rows.length > 0 && rows.every((row) => row.section !== undefined));
  if (!sectioned) {
    matchGroup(rowsOf, map, undefined, out);
    return out;
  }
  out.bySection = true;
  const labels = tables.map((table, t) => [...new Set(rowsOf[t].map((row) => sectionLabel(table, row) as string))]);
  const sections = matchFieldNames(labels);
  for (const section of sections.fields) {
    const groups = tables.map((table, t) => {
      const written = sections.tables[t].filter((m) => m.field === section).map((m) => m.name);
      return rowsOf[t].filter((row) => written.includes(sectionLabel(table, row) as string));
    });
    matchGroup(groups, map, section, out);
  }
  return out;
}
