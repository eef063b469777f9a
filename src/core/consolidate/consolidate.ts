// The consolidation (Tổng hợp): units' sources → who is who (decisions.ts) → one period → the
// consolidated form (the seed's 16 columns when every input has them, else II.06a's 13 with the
// 16-column units folded as the systems that produce II.06a count them) → fields matched by meaning
// (match/fields.ts) → counts by field and by unit, the units expected that sent nothing, and every
// decision as a note. Inputs with errors are added as typed and marked, or left out when asked.
import { II06A_COLUMNS, II06A_FOLDING } from '../form/ii06a';
import { SEED_COLUMNS } from '../form/seed';
import { matchFieldNames, nameSimilarity, normaliseFieldName, type FieldMatchHow } from '../match/fields';
import type { TablePeriod } from '../periods/types';
import type { Role } from '../types';
import { decideUnits } from './decisions';
import { groupUnits } from './groups';
import { LEAF_ROLES } from './read-source';
import type {
  ConsolidatedField,
  ConsolidatedForm,
  ConsolidatedUnit,
  ConsolidateNote,
  ConsolidateOptions,
  ConsolidateOutcome,
  SourceRef,
  UnitSource,
  UnreadSource,
} from './types';

const leavesOf = (columns: typeof SEED_COLUMNS) => columns.map((c) => c.role).filter((role) => LEAF_ROLES.includes(role));
export const SEED_LEAVES: readonly Role[] = leavesOf(SEED_COLUMNS);
export const II06A_LEAVES: readonly Role[] = leavesOf(II06A_COLUMNS);

const ref = (s: UnitSource): SourceRef => ({ file: s.file, sheet: s.sheet });

function periodKey(period: TablePeriod): string | null {
  if (period.kind !== undefined && period.year !== undefined) return `${period.kind}/${period.year}`;
  if (period.from && period.to) return `${period.from.day}/${period.from.month}/${period.from.year}-${period.to.day}/${period.to.month}/${period.to.year}`;
  return null;
}

/** A source's counts in the consolidated form's leaves (folded into II.06a's when it is that form). */
function countsIn(form: ConsolidatedForm, counts: Partial<Record<Role, number>>): Record<string, number> {
  const leaves = form === 'seed' ? SEED_LEAVES : II06A_LEAVES;
  const out: Record<string, number> = {};
  for (const leaf of leaves) {
    const parts = form === 'ii06a' ? (II06A_FOLDING[leaf] ?? [leaf]) : [leaf];
    out[leaf] = parts.reduce((sum, part) => sum + (counts[part] ?? 0), 0);
  }
  return out;
}

function add(into: Record<string, number>, from: Record<string, number>): void {
  for (const [key, value] of Object.entries(from)) into[key] = (into[key] ?? 0) + value;
}

function zero(form: ConsolidatedForm): Record<string, number> {
  return Object.fromEntries((form === 'seed' ? SEED_LEAVES : II06A_LEAVES).map((leaf) => [leaf, 0]));
}

const SUGGEST_AT = 0.5;

/**
 * A row is named as most inputs write it (the template's name when it has one): the order the
 * files come in does not decide it. Each input's name is then said against that name.
 */
function renamed(field: ConsolidatedField, template: string[]): ConsolidatedField {
  const tally = new Map<string, number>();
  for (const m of field.matchedFrom) tally.set(m.name, (tally.get(m.name) ?? 0) + 1);
  const name = template.includes(field.name) ? field.name : [...tally].sort((a, b) => b[1] - a[1])[0][0];
  const how = (m: ConsolidatedField['matchedFrom'][number]): FieldMatchHow => {
    if (m.name === name) return 'same';
    if (m.how === 'map') return 'map';
    return normaliseFieldName(m.name) === normaliseFieldName(name) ? 'normalised' : 'accents';
  };
  return { ...field, name, matchedFrom: field.matchedFrom.map((m) => ({ ...m, how: how(m) })) };
}

function matchedNotes(fields: ConsolidatedField[]): ConsolidateNote[] {
  const notes = new Map<string, Extract<ConsolidateNote, { kind: 'matched' }>>();
  for (const field of fields) {
    for (const m of field.matchedFrom) {
      if (m.how !== 'normalised' && m.how !== 'accents' && m.how !== 'map') continue;
      const key = `${field.name}\u0000${m.name}`;
      const note = notes.get(key) ?? { kind: 'matched', field: field.name, name: m.name, how: m.how, sources: [] };
      note.sources.push({ file: m.file, sheet: m.sheet });
      notes.set(key, note);
    }
  }
  return [...notes.values()];
}

/**
 * Fields only one input has (whatever the inputs' order) and the template does not name: kept as
 * rows of their own, with the fields they may be for the clerk to confirm (--fields, the pane).
 */
function ownFieldNotes(fields: ConsolidatedField[], template: string[]): ConsolidateNote[] {
  const notes: ConsolidateNote[] = [];
  for (const field of fields) {
    const sources = [...new Map(field.matchedFrom.map((m) => [`${m.file}\u0000${m.sheet}`, { file: m.file, sheet: m.sheet }])).values()];
    if (sources.length > 1 || template.includes(field.name)) continue;
    const candidates = fields
      .filter((other) => other !== field)
      .map((other) => ({ field: other.name, similarity: Math.round(nameSimilarity(field.name, other.name) * 100) / 100 }))
      .filter((c) => c.similarity >= SUGGEST_AT)
      .sort((a, b) => b.similarity - a.similarity)
      .slice(0, 3);
    notes.push({ kind: 'own-field', name: field.name, sources, candidates });
  }
  return notes;
}

export function consolidate(sources: UnitSource[], unread: UnreadSource[], options: ConsolidateOptions = {}): ConsolidateOutcome {
  const decisions = decideUnits(sources, options.units);
  const notes: ConsolidateNote[] = [...decisions.notes];
  if (decisions.questions.length > 0) return { ok: false, refusal: { kind: 'duplicates', questions: decisions.questions }, unread };
  const used = decisions.units.flatMap((u) => u.sources);
  if (used.length === 0) return { ok: false, refusal: { kind: 'nothing' }, unread };

  const periods = new Map<string, UnitSource[]>();
  for (const source of used) {
    const key = periodKey(source.period);
    if (key !== null) periods.set(key, [...(periods.get(key) ?? []), source]);
  }
  if (periods.size > 1)
    return {
      ok: false,
      refusal: { kind: 'periods-differ', sources: used.filter((s) => periodKey(s.period) !== null).map((s) => ({ ...ref(s), period: s.period })) },
      unread,
    };
  const period = [...periods.values()][0]?.[0]?.period;

  // The form: the seed's when every source has its leaves, else II.06a's; a source that cannot give
  // II.06a's leaves either is left out and said, never counted as 0 in a column it lacks.
  const hasAll = (s: UnitSource, leaves: readonly Role[]) => leaves.every((leaf) => s.leaves.includes(leaf));
  // A form with some of the seed's extra leaves but not all cannot be folded: where would the rest be?
  const extras = SEED_LEAVES.filter((leaf) => !II06A_LEAVES.includes(leaf));
  const canFold = (s: UnitSource) => hasAll(s, II06A_LEAVES) && (hasAll(s, SEED_LEAVES) || !extras.some((leaf) => s.leaves.includes(leaf)));
  const unfit = used.filter((s) => !hasAll(s, SEED_LEAVES) && !canFold(s));
  for (const s of unfit) notes.push({ kind: 'excluded', source: ref(s), reason: 'form', missing: II06A_LEAVES.filter((leaf) => !s.leaves.includes(leaf)) });
  const fit = used.filter((s) => !unfit.includes(s));
  const form: ConsolidatedForm = fit.every((s) => hasAll(s, SEED_LEAVES)) ? 'seed' : 'ii06a';
  if (form === 'ii06a') {
    const folded = fit.filter((s) => hasAll(s, SEED_LEAVES));
    if (folded.length > 0) notes.push({ kind: 'folded', sources: folded.map(ref) });
  }

  const invalidKeys = new Set(
    decisions.units.filter((u) => u.sources.some((s) => s.summary.errors > 0 || s.badCells.length > 0 || unfit.includes(s))).map((u) => u.key),
  );
  const units: ConsolidatedUnit[] = decisions.units.map((u) => {
    const invalid = invalidKeys.has(u.key);
    const skipped = invalid && options.skipInvalid === true;
    if (skipped) for (const s of u.sources) notes.push({ kind: 'excluded', source: ref(s), reason: 'skip-invalid' });
    return { name: u.name, key: u.key, sources: u.sources, counts: zero(form), invalid, skipped };
  });
  const counted = units.filter((u) => !u.skipped).flatMap((u) => u.sources.filter((s) => fit.includes(s)).map((s) => ({ unit: u, source: s })));

  for (const { source } of counted) {
    if (source.converted) notes.push({ kind: 'converted', source: ref(source), encoding: source.converted });
    for (const t of source.typedTotals) notes.push({ kind: 'typed-total', source: ref(source), ...t });
    for (const b of source.badCells) notes.push({ kind: 'bad-cell', source: ref(source), ...b });
    if (source.detailRows > 0) notes.push({ kind: 'detail-rows', source: ref(source), count: source.detailRows });
  }

  const matching = matchFieldNames(
    counted.map(({ source }) => source.fields.map((f) => f.name)),
    { template: options.template, map: options.fieldMap },
  );
  const fields = new Map<string, ConsolidatedField>(matching.fields.map((name) => [name, { name, matchedFrom: [], counts: zero(form) }]));
  counted.forEach(({ unit, source }, t) => {
    for (const match of matching.tables[t]) {
      const field = fields.get(match.field) as ConsolidatedField;
      const counts = countsIn(form, source.fields.find((f) => f.name === match.name)?.counts ?? {});
      add(field.counts, counts);
      add(unit.counts, counts);
      field.matchedFrom.push({ ...ref(source), unit: unit.name, name: match.name, how: match.how });
    }
  });
  // A template's field no unit has is no row: nothing was counted in it.
  const fieldList = [...fields.values()].filter((f) => f.matchedFrom.length > 0).map((f) => renamed(f, options.template ?? []));
  notes.push(...matchedNotes(fieldList), ...ownFieldNotes(fieldList, options.template ?? []));
  const totals = zero(form);
  for (const field of fieldList) add(totals, field.counts);

  const grouped = groupUnits(units, options.expected);
  notes.push(...grouped.unexpected.map((unit): ConsolidateNote => ({ kind: 'unexpected-unit', unit })));
  return {
    ok: true,
    model: {
      form,
      leaves: [...(form === 'seed' ? SEED_LEAVES : II06A_LEAVES)],
      fields: fieldList,
      units: grouped.units,
      totals,
      missing: grouped.missing,
      groups: grouped.groups,
      unread,
      notes,
      ...(period ? { period } : {}),
    },
  };
}
