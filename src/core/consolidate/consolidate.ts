// The consolidation (Tổng hợp): units' sources → who is who (decisions.ts) → one period → the
// consolidated form (the seed's 16 columns when every input has them, else II.06a's 13 with the
// 16-column units folded as the systems that produce II.06a count them) → fields matched by meaning
// (match/fields.ts) → counts by field and by unit, the units expected that sent nothing, and every
// decision as a note. Inputs with errors are added as typed and marked, or left out when asked.
import { II06A_COLUMNS, II06A_FOLDING } from '../form/ii06a';
import { SEED_COLUMNS } from '../form/seed';
import { matchFieldNames } from '../match/fields';
import type { TablePeriod } from '../periods/types';
import type { Role } from '../types';
import { decideUnits } from './decisions';
import { groupUnits } from './groups';
import { LEAF_ROLES } from './read-source';
import type { ConsolidatedField, ConsolidatedForm, ConsolidatedUnit, ConsolidateNote, ConsolidateOptions, ConsolidateOutcome, SourceRef, UnitSource, UnreadSource } from './types';

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
    const parts = form === 'ii06a' ? II06A_FOLDING[leaf] ?? [leaf] : [leaf];
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
  if (periods.size > 1) return { ok: false, refusal: { kind: 'periods-differ', sources: used.filter((s) => periodKey(s.period) !== null).map((s) => ({ ...ref(s), period: s.period })) }, unread };
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

  const invalidKeys = new Set(decisions.units.filter((u) => u.sources.some((s) => s.summary.errors > 0 || s.badCells.length > 0 || unfit.includes(s))).map((u) => u.key));
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

  const matching = matchFieldNames(counted.map(({ source }) => source.fields.map((f) => f.name)), { template: options.template, map: options.fieldMap });
  const fields = new Map<string, ConsolidatedField>(matching.fields.map((name) => [name, { name, matchedFrom: [], counts: zero(form) }]));
  const matchedNotes = new Map<string, Extract<ConsolidateNote, { kind: 'matched' }>>();
  const ownNotes = new Map<string, Extract<ConsolidateNote, { kind: 'own-field' }>>();
  counted.forEach(({ unit, source }, t) => {
    for (const match of matching.tables[t]) {
      const field = fields.get(match.field) as ConsolidatedField;
      const counts = countsIn(form, source.fields.find((f) => f.name === match.name)?.counts ?? {});
      add(field.counts, counts);
      add(unit.counts, counts);
      field.matchedFrom.push({ ...ref(source), unit: unit.name, name: match.name, how: match.how });
      if (match.how === 'normalised' || match.how === 'accents' || match.how === 'map') {
        const key = `${match.field}\u0000${match.name}`;
        const note = matchedNotes.get(key) ?? { kind: 'matched', field: match.field, name: match.name, how: match.how, sources: [] };
        note.sources.push(ref(source));
        matchedNotes.set(key, note);
      } else if (match.how === 'own') {
        const note = ownNotes.get(match.name) ?? { kind: 'own-field', name: match.name, sources: [], candidates: matching.suggestions.find((s) => s.name === match.name)?.candidates ?? [] };
        note.sources.push(ref(source));
        ownNotes.set(match.name, note);
      }
    }
  });
  notes.push(...matchedNotes.values(), ...ownNotes.values());
  // A template's field no unit has is no row: nothing was counted in it.
  const fieldList = [...fields.values()].filter((f) => f.matchedFrom.length > 0);
  const totals = zero(form);
  for (const field of fieldList) add(totals, field.counts);

  const grouped = groupUnits(units, options.expected);
  notes.push(...grouped.unexpected.map((unit): ConsolidateNote => ({ kind: 'unexpected-unit', unit })));
  return {
    ok: true,
    model: { form, leaves: [...(form === 'seed' ? SEED_LEAVES : II06A_LEAVES)], fields: fieldList, units: grouped.units, totals, missing: grouped.missing, groups: grouped.groups, unread, notes, ...(period ? { period } : {}) },
  };
}
