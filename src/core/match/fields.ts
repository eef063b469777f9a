// Field names matched across tables (units' annexes, last quarter's annex, a template): by
// meaning, never silently. Names match when they are the same once case, spaces, Unicode form,
// punctuation and a "Lĩnh vực" prefix are set aside; accents are set aside too only where that is
// unambiguous among all the names ("Thuế" and "Thuê" stay apart); then a saved field map says what
// a name is. A name that matches nothing stays its own field, with suggestions by similarity for
// the clerk to confirm — never dropped, never merged by guess.
import { foldText } from '../text';

/** A saved answer: a name as some table writes it → the field it is. */
export type FieldNameMap = Record<string, string>;

export type FieldMatchHow = 'same' | 'normalised' | 'accents' | 'map' | 'own';

export interface FieldNameMatch {
  /** The name as this table writes it. */
  name: string;
  /** The field it is counted in: the name of the first table (or the template) that has it. */
  field: string;
  how: FieldMatchHow;
}

export interface FieldSuggestion {
  name: string;
  /** Fields it may be, best first (similarity 0–1). */
  candidates: Array<{ field: string; similarity: number }>;
}

export interface FieldMatching {
  /** Every field, in order: the template's (or first table's) order, then fields only later tables have. */
  fields: string[];
  /** Per table, per name written there: the field it is counted in. */
  tables: FieldNameMatch[][];
  /** Names that became a field of their own, with what they might be. */
  suggestions: FieldSuggestion[];
}

/** "Lĩnh vực Hộ tịch", "HỘ TỊCH.", " Hộ  tịch " → "hộ tịch" (NFC, lower case, accents kept). */
export function normaliseFieldName(name: string): string {
  return name
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\s\u00a0]+/g, ' ')
    .replace(/^(\d+[.)]?|[ivx]+[.)]|[a-z][.)])\s+/u, '')
    .replace(/^lĩnh vực\s*:?\s*/u, '')
    .replace(/[.,;:!?…]+$/u, '')
    .replace(/[“”"'()]/gu, '')
    .trim();
}

function accentFree(name: string): string {
  return foldText(normaliseFieldName(name));
}

/** Similarity of two names on their letter pairs (Dice), accents and case set aside. */
export function nameSimilarity(a: string, b: string): number {
  const pairs = (text: string) => {
    const folded = accentFree(text).replace(/[^a-z0-9]+/g, ' ');
    const found = new Map<string, number>();
    for (const word of folded.split(' ').filter((w) => w.length > 0)) {
      const padded = ` ${word} `;
      for (let i = 0; i < padded.length - 1; i++) {
        const pair = padded.slice(i, i + 2);
        found.set(pair, (found.get(pair) ?? 0) + 1);
      }
    }
    return found;
  };
  const left = pairs(a);
  const right = pairs(b);
  let shared = 0;
  let total = 0;
  for (const [pair, count] of left) {
    shared += Math.min(count, right.get(pair) ?? 0);
    total += count;
  }
  for (const count of right.values()) total += count;
  return total === 0 ? 0 : (2 * shared) / total;
}

const SUGGEST_AT = 0.5;
const MAX_SUGGESTIONS = 3;

/**
 * Matches the field names of several tables. `template` (an annex whose order the result keeps)
 * comes first when given; `map` holds the clerk's saved answers (applied after the name rules).
 */
export function matchFieldNames(tables: string[][], options: { template?: string[]; map?: FieldNameMap } = {}): FieldMatching {
  const all = [...(options.template ?? []), ...tables.flat()];
  // Accents may be set aside only when at most one name written with them folds to the key: a name
  // typed without accents then means that one; two accented names ("Thuế", "Thuê") stay apart.
  const accentedBy = new Map<string, Set<string>>();
  for (const name of all) {
    const normal = normaliseFieldName(name);
    const folded = accentFree(name);
    const set = accentedBy.get(folded) ?? new Set<string>();
    if (normal !== folded) set.add(normal);
    accentedBy.set(folded, set);
  }
  const accentsSafe = (name: string) => (accentedBy.get(accentFree(name))?.size ?? 0) <= 1;
  const map = new Map(Object.entries(options.map ?? {}).map(([from, to]) => [normaliseFieldName(from), to]));

  const fields: string[] = [];
  const byNormal = new Map<string, string>();
  const byFolded = new Map<string, string>();
  const addField = (name: string) => {
    fields.push(name);
    byNormal.set(normaliseFieldName(name), name);
    if (accentsSafe(name)) byFolded.set(accentFree(name), name);
  };
  for (const name of options.template ?? []) if (!byNormal.has(normaliseFieldName(name))) addField(name);

  const own: string[] = [];
  const result: FieldNameMatch[][] = tables.map((names, tableIndex) =>
    names.map((name): FieldNameMatch => {
      if (fields.includes(name)) return { name, field: name, how: 'same' };
      const normal = byNormal.get(normaliseFieldName(name));
      if (normal) return { name, field: normal, how: 'normalised' };
      const folded = accentsSafe(name) ? byFolded.get(accentFree(name)) : undefined;
      if (folded) return { name, field: folded, how: 'accents' };
      const mapped = map.get(normaliseFieldName(name));
      if (mapped) {
        const target = byNormal.get(normaliseFieldName(mapped)) ?? mapped;
        if (!byNormal.has(normaliseFieldName(target))) addField(target);
        return { name, field: target, how: 'map' };
      }
      const first = tableIndex === 0 && !options.template;
      if (!first) own.push(name);
      addField(name);
      return { name, field: name, how: first ? 'same' : 'own' };
    }),
  );
  const suggestions: FieldSuggestion[] = own
    .map((name) => ({
      name,
      candidates: fields
        .filter((field) => field !== name)
        .map((field) => ({ field, similarity: Math.round(nameSimilarity(name, field) * 100) / 100 }))
        .filter((c) => c.similarity >= SUGGEST_AT)
        .sort((a, b) => b.similarity - a.similarity)
        .slice(0, MAX_SUGGESTIONS),
    }))
    .filter((s) => s.candidates.length > 0);
  return { fields, tables: result, suggestions };
}
