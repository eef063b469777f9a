// One export table's header row and columns, found by their words and corrected by the clerk's
// mapping (its header texts per column, and what the file's dossiers are when it does not say).
import { exportCellText, detectHeader, findClerkHeader, missingRequired } from './columns';
import type { AmbiguousColumn } from './columns';
import { isCountColumn } from './dates';
import { fileOfSource } from './source-names';
import type { BuildMapping, ColumnKey, ColumnMapping, ExportCell, ExportTable, SourceAnswers } from './types';

/**
 * The clerk's answers for one source: those given for "file.xlsx › Sheet1" over those given for
 * "file.xlsx", which cover all its sheets.
 */
export function sourceAnswers(mapping: BuildMapping, source: string): SourceAnswers {
  const sources = mapping.sources ?? {};
  const file = fileOfSource(source);
  const forFile = file !== source ? sources[file] ?? {} : {};
  const forSource = sources[source] ?? {};
  return { ...forFile, ...forSource, columns: { ...(forFile.columns ?? {}), ...(forSource.columns ?? {}) } };
}

function clerkColumns(mapping: BuildMapping, source: string): Partial<Record<ColumnKey, string>> {
  return { ...(mapping.columns ?? {}), ...(sourceAnswers(mapping, source).columns ?? {}) };
}

function resolveClerkColumns(wanted: Partial<Record<ColumnKey, string>>) {
  return (headers: string[]): Partial<Record<ColumnKey, number>> => {
    const fixed: Partial<Record<ColumnKey, number>> = {};
    for (const [key, header] of Object.entries(wanted) as [ColumnKey, string][]) {
      if (typeof header !== 'string') continue;
      const col = findClerkHeader(headers, header);
      if (col !== null) fixed[key] = col;
    }
    return fixed;
  };
}

/** No header word matched: the first row with several texts is offered to map by hand. */
function likelyHeaderTexts(rows: ExportCell[][]): string[] {
  const row = rows.slice(0, 40).find((line) => line.filter((cell) => typeof cell === 'string' && cell.trim() !== '').length >= 2);
  return (row ?? []).map((cell) => exportCellText(cell));
}

export const DATE_KEYS: readonly ColumnKey[] = ['received', 'due', 'returned', 'ended', 'supplementRequested'];

export type TableMapping = ColumnMapping & {
  allHeaders: string[];
  ambiguous: AmbiguousColumn[];
  countColumns: { key: ColumnKey; header: string }[];
};

/** Finds the header and maps the columns of one table, honouring the clerk's mapping. */
export function mapTable(table: ExportTable, mapping: BuildMapping = {}): TableMapping | { missing: ColumnKey[]; allHeaders: string[] } {
  const wanted = clerkColumns(mapping, table.source);
  const resolve = resolveClerkColumns(wanted);
  // A file whose field the clerk named needs no field column.
  const optional: ColumnKey[] = sourceAnswers(mapping, table.source).field ? ['field'] : [];
  // A date column that holds day counts ("Thời hạn giải quyết" = 5, 15) is set aside and the
  // header mapped again without it (another column may then be the due date).
  const excluded: Partial<Record<ColumnKey, number[]>> = {};
  const countColumns: { key: ColumnKey; header: string }[] = [];
  let detection = detectHeader(table.rows, resolve, excluded);
  for (let round = 0; detection && round <= DATE_KEYS.length; round++) {
    const found = detection;
    const clerk = resolve(found.headers);
    const dataRows = table.rows.slice(found.headerRow + 1);
    const counts = DATE_KEYS.filter((key) => {
      const col = found.columns[key];
      return col !== undefined && clerk[key] === undefined && isCountColumn(dataRows.map((row) => row[col] ?? null));
    });
    if (counts.length === 0) break;
    for (const key of counts) {
      const col = found.columns[key]!;
      excluded[key] = [...(excluded[key] ?? []), col];
      countColumns.push({ key, header: found.headers[col] });
    }
    detection = detectHeader(table.rows, resolve, excluded);
  }
  if (!detection) return { missing: missingRequired({}, optional), allHeaders: likelyHeaderTexts(table.rows) };
  const missing = missingRequired(detection.columns, optional);
  if (missing.length > 0) return { missing, allHeaders: detection.headers };
  const fixed = resolve(detection.headers);
  const headers: Partial<Record<ColumnKey, string>> = {};
  for (const [key, col] of Object.entries(detection.columns) as [ColumnKey, number][]) {
    headers[key] = detection.headers[col];
  }
  return {
    headerRow: detection.headerRow,
    columns: detection.columns,
    headers,
    fromMapFile: Object.keys(fixed) as ColumnKey[],
    allHeaders: detection.headers,
    ambiguous: detection.ambiguous.filter((entry) => fixed[entry.key] === undefined),
    countColumns,
  };
}
