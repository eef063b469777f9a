// A consolidated sheet laid out in a form (the seed's 16 columns or II.06a's 13): title lines, the
// form's header and numbering row, one row per field or unit (groups with their subtotals), every
// total a formula of its parts with its result, the "Tỷ lệ" row computed from the consolidated
// counts (never averaged), and extra columns (the units' ranking) headed with their formula.
import { toA1 } from '../address';
import { rowRuns as runs, sumFormula as partsFormula } from '../periods/cumulative-sheet';
import { COUNT_FORMAT, RATE_FORMAT, type AnnexSheetCell } from '../build/annex';
import type { AnnexLayout } from '../build/workbook-model';
import { formHeader } from '../form/header';
import type { FormColumn } from '../form/seed';
import type { CellRange, Role } from '../types';

export interface LayoutRow {
  kind: 'item' | 'group' | 'total';
  stt?: string | number;
  label: string;
  counts?: Record<string, number>;
  /** Group and total rows: the indices (in the rows given) they add up. */
  sums?: number[];
  /** A row without counts: this text in the first count column ("Chưa nộp"). */
  text?: string;
}

export interface ExtraColumn {
  header: string;
  numbering: string;
  kind: 'rate' | 'count';
  numerator: Role[];
  denominator?: Role[];
}

export interface FormLayoutOptions {
  columns: readonly FormColumn[];
  sums: ReadonlyArray<{ parent: Role; parts: Role[] }>;
  titleLines: string[];
  noteLines?: string[];
  ratesLabel: string;
  extra?: ExtraColumn[];
  labelWidth?: number;
}

const ratio = (numerator: number, denominator: number) => (denominator === 0 ? 0 : numerator / denominator);

export function layoutForm(rows: LayoutRow[], options: FormLayoutOptions): AnnexLayout {
  const { columns, sums } = options;
  const extra = options.extra ?? [];
  const width = columns.length + extra.length;
  const header = formHeader(columns, sums);
  const top = options.titleLines.length > 0 ? options.titleLines.length + 1 : 0;
  const cells: AnnexSheetCell[] = [];
  const merges: CellRange[] = [];
  options.titleLines.forEach((text, row) => {
    cells.push({ row, col: 0, value: text, style: 'title' });
    merges.push({ top: row, left: 0, bottom: row, right: width - 1 });
  });
  const covered = new Set<string>();
  for (const m of header.merges) for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) covered.add(`${r}:${c}`);
  for (let r = 0; r < header.rows; r++) {
    for (let c = 0; c < columns.length; c++) {
      const text = header.texts.find(([row, col]) => row === r && col === c)?.[2];
      if (text !== undefined || covered.has(`${r}:${c}`)) cells.push({ row: top + r, col: c, value: text ?? null, style: 'header' });
    }
  }
  merges.push(...header.merges.map((m) => ({ ...m, top: m.top + top, bottom: m.bottom + top })));
  const numberingRow = top + header.rows;
  header.numbering.forEach((text, c) => cells.push({ row: numberingRow, col: c, value: text, style: 'numbering' }));
  extra.forEach((column, i) => {
    const col = columns.length + i;
    cells.push({ row: top, col, value: column.header, style: 'header' });
    for (let r = 1; r < header.rows; r++) cells.push({ row: top + r, col, value: null, style: 'header' });
    if (header.rows > 1) merges.push({ top, left: col, bottom: top + header.rows - 1, right: col });
    cells.push({ row: numberingRow, col, value: column.numbering, style: 'numbering' });
  });

  const colOf = new Map<Role, number>(columns.map((c, i) => [c.role, i]));
  const partsOf = new Map<Role, Role[]>(sums.map((s) => [s.parent, s.parts]));
  const valueOf = (counts: Record<string, number>, role: Role): number =>
    (partsOf.get(role) ?? [role]).reduce((sum, part) => sum + (partsOf.has(part) ? valueOf(counts, part) : (counts[part] ?? 0)), 0);
  const sttCol = colOf.get('stt') ?? 0;
  const labelCol = colOf.get('field') ?? 1;
  const first = numberingRow + 1;
  const sheetRow = (index: number) => first + index;
  const totalIndex = rows.findIndex((r) => r.kind === 'total');

  rows.forEach((row, index) => {
    const at = sheetRow(index);
    const bold = row.kind === 'total' || row.kind === 'group';
    cells.push({ row: at, col: sttCol, value: row.stt ?? null, style: bold ? 'totalLabel' : 'stt' });
    cells.push({ row: at, col: labelCol, value: row.label || null, style: row.kind === 'total' ? 'totalLabel' : 'fieldName' });
    if (row.kind === 'total' && !row.label && labelCol === sttCol + 1) merges.push({ top: at, left: sttCol, bottom: at, right: labelCol });
    if (!row.counts) {
      columns.forEach((column, c) => {
        if (c !== sttCol && c !== labelCol)
          cells.push({ row: at, col: c, value: c === 2 ? (row.text ?? null) : null, style: row.text ? 'fieldName' : 'count' });
      });
      if (row.text) merges.push({ top: at, left: 2, bottom: at, right: width - 1 });
      extra.forEach((_, i) => cells.push({ row: at, col: columns.length + i, value: null, style: 'count' }));
      return;
    }
    const counts = row.counts;
    const style = bold ? 'totalCount' : 'count';
    columns.forEach((column, c) => {
      if (c === sttCol || c === labelCol) return;
      const value = valueOf(counts, column.role);
      const parts = partsOf.get(column.role);
      const formula = row.sums
        ? row.sums.length > 0
          ? `=SUM(${runs(row.sums.map(sheetRow), c)})`
          : undefined
        : parts
          ? `=${partsFormula(
              parts.map((p) => colOf.get(p) as number),
              at,
            )}`
          : undefined;
      cells.push({ row: at, col: c, value, ...(formula ? { formula } : {}), numFmt: COUNT_FORMAT, style });
    });
    extra.forEach((column, i) => {
      const term = (roles: Role[]) => {
        const refs = roles.map((r) => toA1(at, colOf.get(r) as number));
        return refs.length === 1 ? refs[0] : `(${refs.join('+')})`;
      };
      const numerator = column.numerator.reduce((sum, r) => sum + valueOf(counts, r), 0);
      if (column.kind === 'count') {
        cells.push({
          row: at,
          col: columns.length + i,
          value: numerator,
          formula: `=${column.numerator.map((r) => toA1(at, colOf.get(r) as number)).join('+')}`,
          numFmt: COUNT_FORMAT,
          style,
        });
        return;
      }
      const denominatorRoles = column.denominator ?? [];
      const denominator = denominatorRoles.reduce((sum, r) => sum + valueOf(counts, r), 0);
      cells.push({
        row: at,
        col: columns.length + i,
        value: ratio(numerator, denominator),
        formula: `=IF(${term(denominatorRoles)}=0,0,${term(column.numerator)}/${term(denominatorRoles)})`,
        numFmt: RATE_FORMAT,
        style: 'rate',
      });
    });
  });

  const totalRow = totalIndex >= 0 ? sheetRow(totalIndex) : sheetRow(rows.length - 1);
  const ratesRow = sheetRow(rows.length);
  const totals = rows[totalIndex]?.counts ?? {};
  cells.push({ row: ratesRow, col: sttCol, value: options.ratesLabel, style: 'rateLabel' });
  cells.push({ row: ratesRow, col: labelCol, value: null, style: 'rateLabel' });
  const received = colOf.get('received');
  columns.forEach((column, c) => {
    if (c === sttCol || c === labelCol) return;
    const blank = column.role === 'received.direct' || column.role === 'received.carried' || received === undefined;
    if (blank) {
      cells.push({ row: ratesRow, col: c, value: null, numFmt: RATE_FORMAT, style: 'rate' });
      return;
    }
    const denominatorRoles: Role[] = column.role === 'received.online' ? ['received.online', 'received.direct'] : ['received'];
    const refs = denominatorRoles.map((r) => toA1(totalRow, colOf.get(r) as number));
    const den = refs.length === 1 ? refs[0] : `(${refs.join('+')})`;
    const value = ratio(
      valueOf(totals, column.role),
      denominatorRoles.reduce((sum, r) => sum + valueOf(totals, r), 0),
    );
    cells.push({ row: ratesRow, col: c, value, formula: `=IF(${den}=0,0,${toA1(totalRow, c)}/${den})`, numFmt: RATE_FORMAT, style: 'rate' });
  });
  extra.forEach((_, i) => cells.push({ row: ratesRow, col: columns.length + i, value: null, style: 'rate' }));

  const notes = options.noteLines ?? [];
  notes.forEach((text, i) => cells.push({ row: ratesRow + 2 + i, col: 0, value: text, style: 'note' }));
  return {
    cells,
    merges,
    rowCount: notes.length > 0 ? ratesRow + 2 + notes.length : ratesRow + 1,
    colCount: width,
    printTitleRows: { top, bottom: numberingRow },
    columnWidths: Array.from({ length: width }, (_, c) => (c === sttCol ? 6 : c === labelCol ? (options.labelWidth ?? 40) : c >= columns.length ? 14 : 11)),
    rowHeights: [
      ...options.titleLines.map((_, row) => ({ row, height: 20 })),
      ...Array.from({ length: header.rows }, (_, i) => ({ row: top + i, height: 33 })),
    ],
    table: { top, left: 0, bottom: ratesRow, right: width - 1 },
    fieldRows: rows.flatMap((r, i) => (r.kind === 'item' ? [{ field: r.label, row: sheetRow(i) }] : [])),
    totalRow,
    ratesRow,
  };
}
