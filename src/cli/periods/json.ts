// The `previous` section of `validate --json` (schema: schemas/validate-output.schema.json): the
// previous table, both periods, the findings between them and how the field lists differ.
import { formatDay, dayNumberOf } from '../../core/calendar';
import type { CarryOverCheck } from '../../core/periods/carry-over';
import type { PeriodFinding, PeriodRuleId, PeriodTable, TablePeriod } from '../../core/periods/types';
import type { Lang, Severity } from '../../core/types';
import { cellReference, periodFindingText } from '../../i18n/periods/findings';
import { toJsonReport, type JsonFileReport } from '../report-json';

export interface JsonPeriod {
  kind?: string;
  year?: number;
  /** dd/mm/yyyy */
  from?: string;
  to?: string;
  source: TablePeriod['source'];
}

export interface JsonPeriodFinding {
  rule: PeriodRuleId;
  severity: Severity;
  message: string;
  /** The field; absent on the totals row and for the checks on the whole table. */
  field?: string;
  /** This table's cells. */
  cells: string[];
  /** The previous table's cells, with their sheet (and file when it is another): "Quý I!M5". */
  previousCells: string[];
  /** The previous period's pending count (what should have been carried over), and this period's carried one. */
  expected?: number;
  actual?: number;
}

export interface JsonPrevious {
  file: string;
  sheet: string;
  range: string;
  period: JsonPeriod;
  currentPeriod: JsonPeriod;
  adjacency: CarryOverCheck['adjacency']['kind'];
  checked: boolean;
  compared: number;
  agreed: number;
  findings: JsonPeriodFinding[];
  fields: CarryOverCheck['fields'];
  /** The previous table's own validation (absent under --periods: it is the entry before). */
  report?: JsonFileReport;
}

export type JsonFileReportWithPrevious = JsonFileReport & { previous?: JsonPrevious };

export function jsonPeriod(period: TablePeriod): JsonPeriod {
  return {
    ...(period.kind ? { kind: period.kind } : {}),
    ...(period.year !== undefined ? { year: period.year } : {}),
    ...(period.from ? { from: formatDay(dayNumberOf(period.from)) } : {}),
    ...(period.to ? { to: formatDay(dayNumberOf(period.to)) } : {}),
    source: period.source,
  };
}

function jsonFinding(finding: PeriodFinding, current: PeriodTable, lang: Lang): JsonPeriodFinding {
  const context = { currentFile: current.file };
  const json: JsonPeriodFinding = {
    rule: finding.rule,
    severity: finding.severity,
    message: periodFindingText(finding, context)[lang],
    cells: [],
    previousCells: [],
  };
  if ('field' in finding && finding.field !== undefined) json.field = finding.field;
  if ('current' in finding && Array.isArray(finding.current)) json.cells = finding.current.map((c) => c.address);
  if ('previous' in finding && Array.isArray(finding.previous)) json.previousCells = finding.previous.map((c) => cellReference(c, 'previous', context));
  if (finding.rule === 'carry-over-unchecked' && finding.cell) {
    if (finding.side === 'current') json.cells = [finding.cell.address];
    else json.previousCells = [cellReference(finding.cell, 'previous', context)];
  }
  if (finding.rule === 'carry-over') Object.assign(json, { expected: finding.pending, actual: finding.carried });
  if (finding.rule === 'carry-over-field-vanished') Object.assign(json, { expected: finding.pending, actual: 0 });
  if (finding.rule === 'carry-over-field-new') Object.assign(json, { expected: 0, actual: finding.carried });
  return json;
}

export function toJsonPrevious(check: CarryOverCheck, previous: PeriodTable, current: PeriodTable, lang: Lang, withReport: boolean): JsonPrevious {
  return {
    file: previous.file ?? '',
    sheet: previous.grid.sheetName,
    range: previous.table.range,
    period: jsonPeriod(previous.period),
    currentPeriod: jsonPeriod(current.period),
    adjacency: check.adjacency.kind,
    checked: check.checked,
    compared: check.compared,
    agreed: check.agreed,
    findings: check.findings.map((finding) => jsonFinding(finding, current, lang)),
    fields: check.fields,
    ...(withReport ? { report: toJsonReport(previous.file ?? '', previous.report, lang) } : {}),
  };
}
