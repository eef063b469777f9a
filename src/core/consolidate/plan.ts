// One consolidation pipeline for every caller (CLI, pane, page): the sources → the model → the
// sheets "Tổng hợp" (by field) and "Theo đơn vị" (by unit, with the three ranking columns) laid out
// in the consolidated form with the caller's words → "Tổng hợp" validated by the engine every
// clerk's annex goes through (a finding there is a bug of ours, and said).
import { annexToGrid } from '../build/annex';
import type { AnnexLayout } from '../build/workbook-model';
import { romanQuarter } from '../calendar';
import { II06A_COLUMNS, II06A_SUMS } from '../form/ii06a';
import { SEED_COLUMNS, SEED_SUMS, type FormColumn } from '../form/seed';
import type { Role, ValidateOutcome } from '../types';
import { validateGrid } from '../validate';
import { consolidate } from './consolidate';
import { layoutForm, type ExtraColumn, type LayoutRow } from './layout';
import type { ConsolidatedModel, ConsolidatedUnit, ConsolidateOptions, ConsolidateRefusal, UnitSource, UnreadSource } from './types';

/** The sheets' words (src/i18n/consolidate/sheets.ts). */
export interface ConsolidateWords {
  byFieldName: string;
  byUnitName: string;
  checksName: string;
  byFieldTitle: string[];
  byUnitTitle: string[];
  byFieldNotes: string[];
  totalLabel: string;
  ratesLabel: string;
  unitHeader: string;
  /** "xã An Phú (có lỗi)": a unit whose table has errors. */
  unitLabel: (unit: ConsolidatedUnit) => string;
  missingText: string;
  skippedText: string;
  ranking: { onTime: string; online: string; overdue: string };
}

export type ConsolidatePlan =
  | { ready: false; refusal: ConsolidateRefusal; unread: UnreadSource[] }
  | { ready: true; model: ConsolidatedModel; words: ConsolidateWords; byField: AnnexLayout; byUnit: AnnexLayout; selfCheck: ValidateOutcome };

export function formOf(model: ConsolidatedModel): { columns: readonly FormColumn[]; sums: ReadonlyArray<{ parent: Role; parts: Role[] }> } {
  return model.form === 'seed' ? { columns: SEED_COLUMNS, sums: SEED_SUMS } : { columns: II06A_COLUMNS, sums: II06A_SUMS };
}

/** The form's column number of a role: (8) early, (9) on time, … */
function numberOf(model: ConsolidatedModel, role: Role): number {
  return formOf(model).columns.find((c) => c.role === role)?.number ?? 0;
}

export function rankingColumns(model: ConsolidatedModel, words: ConsolidateWords['ranking']): ExtraColumn[] {
  const n = (role: Role) => `(${numberOf(model, role)})`;
  const base = formOf(model).columns.length;
  return [
    {
      header: words.onTime,
      numbering: `(${base + 1})=(${n('resolved.early')}+${n('resolved.onTime')})/${n('resolved')}`,
      kind: 'rate',
      numerator: ['resolved.early', 'resolved.onTime'],
      denominator: ['resolved'],
    },
    {
      header: words.online,
      numbering: `(${base + 2})=${n('received.online')}/(${n('received.online')}+${n('received.direct')})`,
      kind: 'rate',
      numerator: ['received.online'],
      denominator: ['received.online', 'received.direct'],
    },
    {
      header: words.overdue,
      numbering: `(${base + 3})=${n('resolved.late')}+${n('pending.overdue')}`,
      kind: 'count',
      numerator: ['resolved.late', 'pending.overdue'],
    },
  ];
}

function byFieldRows(model: ConsolidatedModel, words: ConsolidateWords): LayoutRow[] {
  const rows: LayoutRow[] = model.fields.map((field, i) => ({ kind: 'item', stt: i + 1, label: field.name, counts: field.counts }));
  rows.push({ kind: 'total', stt: words.totalLabel, label: '', counts: model.totals, sums: rows.map((_, i) => i) });
  return rows;
}

function byUnitRows(model: ConsolidatedModel, words: ConsolidateWords): LayoutRow[] {
  const rows: LayoutRow[] = [];
  const unitRow = (unit: ConsolidatedUnit, stt: number): LayoutRow =>
    unit.skipped
      ? { kind: 'item', stt, label: words.unitLabel(unit), text: words.skippedText }
      : { kind: 'item', stt, label: words.unitLabel(unit), counts: unit.counts };
  const counted = (list: ConsolidatedUnit[]) => list.filter((u) => !u.skipped);
  const sum = (list: ConsolidatedUnit[]) => {
    const out: Record<string, number> = {};
    for (const unit of counted(list)) for (const [k, v] of Object.entries(unit.counts)) out[k] = (out[k] ?? 0) + v;
    return out;
  };
  const totalSums: number[] = [];
  if (model.groups.length > 0) {
    model.groups.forEach((group, g) => {
      const units = model.units.filter((u) => u.group === group);
      const groupIndex = rows.length;
      // A group none of whose units was counted has no subtotal: blank, never a 0 by default.
      const anyCounted = counted(units).length > 0;
      const row: LayoutRow = {
        kind: 'group',
        stt: romanQuarter(g + 1) ?? String(g + 1),
        label: group,
        ...(anyCounted ? { counts: sum(units), sums: [] } : {}),
      };
      rows.push(row);
      if (anyCounted) totalSums.push(groupIndex);
      let stt = 0;
      for (const unit of units) {
        if (!unit.skipped) row.sums?.push(rows.length);
        rows.push(unitRow(unit, ++stt));
      }
      for (const missing of model.missing.filter((m) => m.group === group))
        rows.push({ kind: 'item', stt: ++stt, label: missing.name, text: words.missingText });
    });
  } else {
    model.units.forEach((unit, i) => {
      if (!unit.skipped) totalSums.push(rows.length);
      rows.push(unitRow(unit, i + 1));
    });
    model.missing.forEach((missing, i) => rows.push({ kind: 'item', stt: model.units.length + i + 1, label: missing.name, text: words.missingText }));
  }
  rows.push({ kind: 'total', stt: words.totalLabel, label: '', counts: sum(model.units), sums: totalSums });
  return rows;
}

export function planConsolidation(
  sources: UnitSource[],
  unread: UnreadSource[],
  options: ConsolidateOptions,
  words: (model: ConsolidatedModel) => ConsolidateWords,
): ConsolidatePlan {
  const outcome = consolidate(sources, unread, options);
  if (!outcome.ok) return { ready: false, refusal: outcome.refusal, unread: outcome.unread };
  const { model } = outcome;
  const worded = words(model);
  const form = formOf(model);
  const byField = layoutForm(byFieldRows(model, worded), {
    ...form,
    titleLines: worded.byFieldTitle,
    noteLines: worded.byFieldNotes,
    ratesLabel: worded.ratesLabel,
  });
  const byUnitForm = { ...form, columns: form.columns.map((c) => (c.role === 'field' ? { ...c, path: [worded.unitHeader] } : c)) };
  const byUnit = layoutForm(byUnitRows(model, worded), {
    ...byUnitForm,
    titleLines: worded.byUnitTitle,
    ratesLabel: worded.ratesLabel,
    extra: rankingColumns(model, worded.ranking),
    labelWidth: 34,
  });
  return { ready: true, model, words: worded, byField, byUnit, selfCheck: validateGrid(annexToGrid(byField, worded.byFieldName)) };
}
