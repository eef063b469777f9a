// The `--json` output contract of `tthc-report validate` (schema: schemas/validate-output.schema.json).
import type { Finding, Lang, ValidationReport } from '../core/types';
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
  table: { range: string; source: string; identities: string[]; rates: string[] };
  findings: JsonFinding[];
  summary: ValidationReport['summary'];
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
    message: finding.message[lang],
  };
  if (finding.culprit) json.culprit = finding.culprit;
  if (finding.identity) json.identity = finding.identity;
  if (finding.rowLabel) json.row = finding.rowLabel;
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
    },
    findings: report.findings.map((f) => toJsonFinding(f, lang)),
    summary: report.summary,
  };
}
