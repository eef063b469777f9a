// The `--json` output contract of `tthc-report validate` (schema: schemas/validate-output.schema.json).
import { findingText, groupNoteText, groupText } from '../i18n/findings';
import type { Finding, FindingGroup, Lang, ValidationReport } from '../core/types';
import { verdictLine } from '../i18n/verdict';
import type { WorkbookFormat } from '../workbook/types';

export interface JsonFinding {
  rule: Finding['rule'];
  severity: Finding['severity'];
  cells: string[];
  culprit?: string;
  expected: number | null;
  actual: number | null;
  message: string;
  identity?: string;
  row?: string;
  candidates?: string[];
  afterFix?: string[];
}

/** One mistake, one card: indices into `findings`. */
export interface JsonGroup {
  kind: 'culprit' | 'undecided' | 'single';
  severity: Finding['severity'];
  cell: string;
  expected: number | null;
  actual: number | null;
  candidates?: string[];
  findings: number[];
  notes: Array<{ cell: string; culprit: string; message: string }>;
  message: string;
}

export interface JsonRow {
  /** The Excel row number. */
  row: number;
  kind: string;
  reason: string;
  label: string;
}

export interface JsonFileReport {
  version: 1;
  file: string;
  /** The format the workbook was read as (the bytes decide, not the file name). */
  format?: WorkbookFormat;
  sheet: string;
  /** Other visible sheets that also hold an annex table and were not validated. */
  otherSheets?: string[];
  /** Further annex tables below the validated one on the same sheet, not validated. */
  otherTables?: string[];
  table: { range: string; source: string; identities: string[]; rates: string[]; rows: JsonRow[] };
  findings: JsonFinding[];
  groups: JsonGroup[];
  summary: ValidationReport['summary'];
  /** The verdict in words, as the clerk reads it. */
  verdict: string;
}

export interface JsonFileError {
  file: string;
  error: string;
}

export function toJsonFinding(finding: Finding, lang: Lang): JsonFinding {
  const json: JsonFinding = {
    rule: finding.rule,
    severity: finding.severity,
    cells: finding.cells,
    expected: finding.expected,
    actual: finding.actual,
    message: findingText(finding)[lang],
  };
  if (finding.culprit) json.culprit = finding.culprit;
  if (finding.identity) json.identity = finding.identity;
  if (finding.rowLabel) json.row = finding.rowLabel;
  if (finding.candidates) json.candidates = finding.candidates;
  if (finding.afterFix) json.afterFix = finding.afterFix;
  return json;
}

function toJsonGroup(group: FindingGroup, report: ValidationReport, lang: Lang): JsonGroup {
  const json: JsonGroup = {
    kind: group.kind,
    severity: group.severity,
    cell: group.cell,
    expected: group.expected,
    actual: group.actual,
    findings: group.findings,
    notes: group.notes.map((note) => ({ cell: note.cell, culprit: note.culprit, message: groupNoteText(note)[lang] })),
    message: groupText(group, report)[lang],
  };
  if (group.candidates) json.candidates = group.candidates;
  return json;
}

export function toJsonReport(file: string, report: ValidationReport, lang: Lang, format?: WorkbookFormat): JsonFileReport {
  return {
    version: 1,
    file,
    ...(format ? { format } : {}),
    sheet: report.sheet,
    ...(report.otherSheets ? { otherSheets: report.otherSheets } : {}),
    ...(report.otherTables ? { otherTables: report.otherTables } : {}),
    table: {
      range: report.table.range,
      source: report.table.source,
      identities: report.table.identities.map((i) => i.text),
      rates: report.table.rates.map((r) => [r.text, ...(r.alternatives ?? []).map((a) => a.text)].join(' | ')),
      rows: report.table.rows.filter((r) => r.kind !== 'blank').map((r) => ({ row: r.row + 1, kind: r.kind, reason: r.reason, label: r.label })),
    },
    findings: report.findings.map((f) => toJsonFinding(f, lang)),
    groups: report.groups.map((g) => toJsonGroup(g, report, lang)),
    summary: report.summary,
    verdict: verdictLine(report)[lang],
  };
}
