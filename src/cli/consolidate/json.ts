// `consolidate --json`: the contract of schemas/consolidate-output.schema.json (version 1).
import { formOf, type ConsolidatePlan } from '../../core/consolidate/plan';
import type { ConsolidatedModel } from '../../core/consolidate/types';
import type { Lang, Role } from '../../core/types';
import { roleNames } from '../../i18n/columns';
import { noteText, refusalText, sourceVerdict } from '../../i18n/consolidate/notes';

function value(counts: Record<string, number>, role: Role, sums: ReadonlyArray<{ parent: Role; parts: Role[] }>): number {
  const parts = sums.find((s) => s.parent === role)?.parts;
  return parts ? parts.reduce((total, part) => total + value(counts, part, sums), 0) : (counts[role] ?? 0);
}

function unitsJson(model: Pick<ConsolidatedModel, 'units'>, lang: Lang) {
  return model.units.map((unit) => ({
    unit: unit.name,
    ...(unit.group ? { group: unit.group } : {}),
    invalid: unit.invalid,
    skipped: unit.skipped,
    sources: unit.sources.map((s) => ({
      file: s.file,
      sheet: s.sheet,
      range: s.range,
      errors: s.summary.errors,
      warnings: s.summary.warnings,
      verdict: s.summary.verdict,
      verdictText: sourceVerdict(s)[lang],
      nameFrom: s.identity.from,
      ...(s.identity.platform ? { platform: s.identity.platform.name } : {}),
    })),
  }));
}

export function consolidateJson(plan: ConsolidatePlan, lang: Lang, exitCode: number, out?: string): object {
  if (!plan.ready)
    return {
      version: 1,
      refused: { kind: plan.refusal.kind, text: refusalText(plan.refusal)[lang] },
      unread: plan.unread.map((u) => ({ file: u.file, ...(u.sheet ? { sheet: u.sheet } : {}), reason: u.reason[lang] })),
      summary: { exitCode },
    };
  const { model } = plan;
  const { columns, sums } = formOf(model);
  const counts = columns.filter((c) => c.role !== 'stt' && c.role !== 'field');
  const row = (label: string, kind: string, c: Record<string, number>) => ({ label, kind, values: counts.map((col) => value(c, col.role, sums)) });
  return {
    version: 1,
    ...(out ? { output: out } : {}),
    units: unitsJson(model, lang),
    missing: model.missing.map((m) => ({ unit: m.name, ...(m.group ? { group: m.group } : {}) })),
    unread: model.unread.map((u) => ({ file: u.file, ...(u.sheet ? { sheet: u.sheet } : {}), reason: u.reason[lang] })),
    fields: model.fields.map((f) => ({
      name: f.name,
      matchedFrom: f.matchedFrom.map((m) => ({ unit: m.unit, file: m.file, sheet: m.sheet ?? '', name: m.name, how: m.how })),
    })),
    table: {
      form: model.form,
      columns: counts.map((c) => ({ number: c.number, role: c.role, title: roleNames[c.role]?.[lang] ?? c.role })),
      rows: [...model.fields.map((f) => row(f.name, 'field', f.counts)), row(lang === 'vi' ? 'Tổng cộng' : 'Total', 'total', model.totals)],
    },
    notes: model.notes.map((note) => ({ kind: note.kind, text: noteText(note)[lang] })),
    summary: {
      units: model.units.length,
      invalidUnits: model.units.filter((u) => u.invalid).map((u) => u.name),
      skippedUnits: model.units.filter((u) => u.skipped).map((u) => u.name),
      missing: model.missing.length,
      unread: model.unread.length,
      fields: model.fields.length,
      selfCheck: plan.selfCheck.ok ? plan.selfCheck.report.summary.verdict : 'no-table',
      exitCode,
    },
  };
}
