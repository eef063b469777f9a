// Locating the annex table on a sheet and understanding its structure.
import { columnLetter, rangeToA1 } from './address';
import { cellFormula, isBlankValue, isCellError } from './cells';
import { findHeader, groupOf, groupOfRole, isTotalText, numberingTokenInHeader, readNumberingRow, roleOfPath, type Group, type HeaderBlock, type NumberingToken } from './header';
import { implausibleIdentities } from './plausibility';
import { foldText } from './text';
import { scanRows } from './locate/rows';
import type { RowChoices } from './locate/row-values';
import type { Grid, Identity, LocateOutcome, MissingPart, RateDefinition, Role, TableColumn, TableModel, TableRow } from './types';

function withoutNumbering(text: string): string {
  return text.replace(/\(\d{1,3}\)(\s*=.*)?$/, '').trim();
}

/**
 * Column numbers written in the header texts themselves ("Trực tuyến (4)"), when at least four
 * columns carry one and they increase from left to right.
 */
function numberingFromHeaderTexts(header: HeaderBlock): Map<number, NumberingToken> | null {
  const tokens = new Map<number, NumberingToken>();
  let last = 0;
  for (const [col, path] of header.paths) {
    const token = path.length > 0 ? numberingTokenInHeader(path[path.length - 1]) : null;
    if (!token) continue;
    if (token.number <= last) return null;
    last = token.number;
    tokens.set(col, token);
  }
  return tokens.size >= 4 ? tokens : null;
}

function buildColumns(header: HeaderBlock, tokens: Map<number, NumberingToken> | null): TableColumn[] {
  const paths = [...header.paths.entries()].map(([col, path]) => [col, path.map(withoutNumbering).filter((t) => t !== '')] as const);
  const hasEarly = paths.some(([, path]) => path.some((text) => foldText(text).includes('truoc han')));
  // A one-level header ("Tổng số hồ sơ tiếp nhận (3)", "Trực tuyến (4)") names its group only on
  // the group's first column: the columns after it belong to it until the next group starts.
  const singleLevel = paths.every(([, path]) => path.length <= 1);
  let current: Group | null = null;
  return paths.map(([col, path]) => {
    const own = groupOf(path);
    if (own) current = own;
    const role = roleOfPath(path, hasEarly, singleLevel ? current : null);
    if (role === 'stt' || role === 'field') current = null;
    return {
      col,
      letter: columnLetter(col),
      number: tokens?.get(col)?.number,
      label: (header.paths.get(col) ?? []).join(' / '),
      role,
    };
  });
}

/** Name of a column in identity texts: "(3)" when the form numbers its columns, else its letter. */
export function columnName(column: TableColumn | undefined): string {
  if (!column) return '?';
  return column.number !== undefined ? `(${column.number})` : column.letter;
}

/** A rate's numerator or denominator as written: "(7)" or "((8)+(9))". */
function termName(columns: (TableColumn | undefined)[]): string {
  return columns.length === 1 ? columnName(columns[0]) : `(${columns.map(columnName).join('+')})`;
}

function identityText(parent: TableColumn | undefined, children: (TableColumn | undefined)[]): string {
  return `${columnName(parent)}=${children.map(columnName).join('+')}`;
}

function identitiesFromNumbering(columns: TableColumn[], tokens: Map<number, NumberingToken>): Identity[] {
  const byNumber = new Map(columns.filter((c) => c.number !== undefined).map((c) => [c.number as number, c]));
  const identities: Identity[] = [];
  for (const [col, token] of tokens) {
    if (!token.sumOf || token.sumOf.length === 0) continue;
    const children = token.sumOf.map((n) => byNumber.get(n));
    if (children.some((c) => c === undefined)) continue;
    const parent = columns.find((c) => c.col === col);
    identities.push({
      kind: 'row-sum',
      parent: col,
      children: children.map((c) => (c as TableColumn).col),
      text: identityText(parent, children),
    });
  }
  return identities;
}

/** One-level headers: each group's total column equals the sum of the group's other count columns. */
function identitiesFromGroups(columns: TableColumn[]): Identity[] {
  const identities: Identity[] = [];
  for (const group of ['received', 'resolved', 'pending'] as const) {
    const parent = columns.find((c) => c.role === group);
    const children = columns.filter((c) => c.role !== group && groupOfRole(c.role) === group);
    if (!parent || children.length < 2) continue;
    identities.push({ kind: 'row-sum', parent: parent.col, children: children.map((c) => c.col), text: identityText(parent, children) });
  }
  return identities;
}

interface HeaderNode {
  /** The column whose header ends here (a leaf), if any. */
  column?: TableColumn;
  children: Map<string, HeaderNode>;
}

/** Header paths as a tree: "Số hồ sơ tiếp nhận" → "Trong kỳ" → "Trực tuyến". */
function headerTree(columns: TableColumn[], paths: Map<number, string[]>): HeaderNode {
  const root: HeaderNode = { children: new Map() };
  for (const column of columns) {
    if (column.role === 'stt' || column.role === 'field' || column.role === 'rate') continue;
    let node = root;
    for (const text of paths.get(column.col) ?? []) {
      const key = foldText(text);
      let child = node.children.get(key);
      if (!child) {
        child = { children: new Map() };
        node.children.set(key, child);
      }
      node = child;
    }
    if (node !== root && node.children.size === 0) node.column = column;
  }
  return root;
}

/** A node's total column: its one child leaf headed "Tổng số"/"Tổng"/"Cộng". */
function totalChild(node: HeaderNode): [string, HeaderNode] | undefined {
  const totals = [...node.children.entries()].filter(([text, child]) => child.column && child.children.size === 0 && isTotalText(text));
  return totals.length === 1 ? totals[0] : undefined;
}

/** The columns that make up a node's count: its total column, or the parts of its parts. */
function partsOf(node: HeaderNode): TableColumn[] {
  if (node.column) return [node.column];
  const total = totalChild(node);
  if (total?.[1].column) return [total[1].column];
  return [...node.children.values()].flatMap(partsOf);
}

/**
 * Multi-level headers: under every group header with a "Tổng số" column, that column equals the
 * sum of its sibling columns — a sibling that is itself a group counts by its own total, or else
 * by its parts. ("Số hồ sơ tiếp nhận" › "Tổng số" = "Trong kỳ" › (Trực tuyến + Trực tiếp) + "Kỳ trước".)
 */
function identitiesFromHeaderTree(columns: TableColumn[], paths: Map<number, string[]>): Identity[] {
  const identities: Identity[] = [];
  const visit = (node: HeaderNode, isRoot: boolean) => {
    const total = isRoot ? undefined : totalChild(node);
    if (total?.[1].column) {
      const parts = [...node.children.values()].filter((child) => child !== total[1]).flatMap(partsOf);
      if (parts.length >= 2) {
        parts.sort((a, b) => a.col - b.col);
        identities.push({ kind: 'row-sum', parent: total[1].column.col, children: parts.map((c) => c.col), text: identityText(total[1].column, parts) });
      }
    }
    for (const child of node.children.values()) visit(child, false);
  };
  visit(headerTree(columns, paths), true);
  return identities.sort((a, b) => a.parent - b.parent);
}

/**
 * (3) = (7) + (13): received equals resolved plus pending. A resolved or pending group without a
 * "Tổng số" column stands in by its parts ((3) = (7) + (14) + (15)), so it is still checked.
 */
function crossIdentity(columns: TableColumn[]): Identity | null {
  const received = columns.find((c) => c.role === 'received');
  if (!received) return null;
  const side = (group: 'resolved' | 'pending'): TableColumn[] => {
    const total = columns.find((c) => c.role === group);
    if (total) return [total];
    return columns.filter((c) => groupOfRole(c.role) === group && c.role !== 'other');
  };
  const resolved = side('resolved');
  const pending = side('pending');
  if (resolved.length === 0 || pending.length === 0) return null;
  const children = [...resolved, ...pending];
  return { kind: 'cross-sum', parent: received.col, children: children.map((c) => c.col), text: identityText(received, children) };
}

interface HeaderBlockGroup {
  label: string;
  columns: TableColumn[];
}

/**
 * Blocks side by side under a top header level ("Tháng 4", "Tháng 5", "Tháng 6", "Quý II"), each
 * holding its own received, resolved and pending groups. One block, or none, for ordinary forms.
 */
function headerBlocks(columns: TableColumn[], paths: Map<number, string[]>): HeaderBlockGroup[] {
  const blocks = new Map<string, HeaderBlockGroup>();
  for (const column of columns) {
    const path = paths.get(column.col) ?? [];
    if (path.length < 3 || groupOf(path.slice(0, 1))) continue;
    const key = foldText(path[0]);
    const block = blocks.get(key) ?? { label: path[0], columns: [] };
    block.columns.push(column);
    blocks.set(key, block);
  }
  const complete = [...blocks.values()].filter((b) => (['received', 'resolved', 'pending'] as const).every((g) => b.columns.filter((c) => c.role === g).length === 1));
  return complete.length > 1 ? complete : [];
}

/** Path below the block level, folded: "Số hồ sơ tiếp nhận / Tổng số". */
function pathInBlock(column: TableColumn): string {
  return column.label.split(' / ').slice(1).map(foldText).join(' / ');
}

/**
 * "Quý II" (or "Cộng", "Tổng", "Lũy kế") beside month blocks equals their sum, column by column.
 */
function totalBlockOf(blocks: HeaderBlockGroup[]): HeaderBlockGroup | undefined {
  const totals = blocks.filter((b) => /^(quy|cong|tong|luy ke|ca ky|6 thang|9 thang|nam)\b/.test(foldText(b.label)));
  return totals.length === 1 && blocks.length >= 3 ? totals[0] : undefined;
}

function blockSums(blocks: HeaderBlockGroup[]): Identity[] {
  const total = totalBlockOf(blocks);
  if (!total) return [];
  const parts = blocks.filter((b) => b !== total);
  const identities: Identity[] = [];
  for (const column of total.columns) {
    const suffix = pathInBlock(column);
    const matches = parts.map((b) => b.columns.find((c) => pathInBlock(c) === suffix));
    if (matches.some((m) => m === undefined)) continue;
    const children = matches as TableColumn[];
    identities.push({ kind: 'row-sum', parent: column.col, children: children.map((c) => c.col), text: identityText(column, children) });
  }
  return identities;
}

/** Roles whose rate the form may leave blank: the channel split and carry-over of received. */
const OPTIONAL_RATE_ROLES: Role[] = ['received.direct', 'received.carried', 'received.new', 'other'];

function rowRateDefinitions(columns: TableColumn[], identities: Identity[]): RateDefinition[] {
  const received = columns.find((c) => c.role === 'received');
  if (!received) return [];
  const online = columns.find((c) => c.role === 'received.online');
  const direct = columns.find((c) => c.role === 'received.direct');
  const byCol = new Map(columns.map((c) => [c.col, c]));
  const inIdentity = new Set(identities.flatMap((i) => [i.parent, ...i.children]));
  const ratio = (numerator: TableColumn[], denominator: TableColumn[]) => ({
    numerator: numerator.map((c) => c.col),
    denominator: denominator.map((c) => c.col),
    text: `${columnName(numerator[0])}/${termName(denominator)}`,
  });
  const rates: RateDefinition[] = [];
  for (const column of columns) {
    if (!inIdentity.has(column.col) || column.role === 'rate') continue;
    const channels = online && direct && (column === online || column === direct) ? [online, direct] : null;
    const primary = column === online && channels ? ratio([column], channels) : ratio([column], [received]);
    const alternatives: NonNullable<RateDefinition['alternatives']> = [];
    if (channels && column === direct) alternatives.push(ratio([column], channels));
    const group = identities.find((i) => i.kind === 'row-sum' && i.children.includes(column.col) && i.parent !== received.col);
    const groupTotal = group ? byCol.get(group.parent) : undefined;
    if (groupTotal) alternatives.push(ratio([column], [groupTotal]));
    rates.push({
      col: column.col,
      ...primary,
      placement: 'row',
      optional: OPTIONAL_RATE_ROLES.includes(column.role ?? 'other') || undefined,
      alternatives: alternatives.length > 0 ? alternatives : undefined,
    });
  }
  return rates;
}

function ratesFromNumbering(columns: TableColumn[], tokens: Map<number, NumberingToken>): RateDefinition[] {
  const byNumber = new Map(columns.filter((c) => c.number !== undefined).map((c) => [c.number as number, c]));
  const rates: RateDefinition[] = [];
  for (const [col, token] of tokens) {
    if (!token.rate) continue;
    const numerator = token.rate.numerator.map((n) => byNumber.get(n));
    const denominator = token.rate.denominator.map((n) => byNumber.get(n));
    if ([...numerator, ...denominator].some((c) => c === undefined)) continue;
    rates.push({
      col,
      numerator: numerator.map((c) => (c as TableColumn).col),
      denominator: denominator.map((c) => (c as TableColumn).col),
      text: `${columnName(columns.find((c) => c.col === col))}=${termName(numerator)}/${termName(denominator)}`,
      placement: 'column',
    });
  }
  return rates;
}

/**
 * A rate column by its words: "Tỷ lệ trước và đúng hạn" / "Tỷ lệ đúng hạn" = (trước hạn + đúng hạn) /
 * (trước hạn + đúng hạn + quá hạn) of resolved dossiers; "Tỷ lệ trực tuyến" = online / (online + direct);
 * a bare "Tỷ lệ (%)" right after a group = that group's total over received, as in the form's rates row.
 */
function rateFromWords(column: TableColumn, columns: TableColumn[]): RateDefinition | null {
  const find = (role: Role) => columns.find((c) => c.role === role);
  const text = foldText(column.label);
  const make = (numerator: TableColumn[], denominator: TableColumn[]): RateDefinition => ({
    col: column.col,
    numerator: numerator.map((c) => c.col),
    denominator: denominator.map((c) => c.col),
    text: `${columnName(column)}=${termName(numerator)}/${termName(denominator)}`,
    placement: 'column',
  });
  const onTimeParts = [find('resolved.early'), find('resolved.onTime'), find('resolved.early+onTime')].filter((c): c is TableColumn => c !== undefined);
  const late = find('resolved.late');
  if ((text.includes('dung han') || text.includes('truoc han')) && onTimeParts.length > 0 && late) {
    return make(onTimeParts, [...onTimeParts, late]);
  }
  const online = find('received.online');
  const direct = find('received.direct');
  if ((text.includes('truc tuyen') || text.includes('thuc tuyen')) && online && direct) return make([online], [online, direct]);
  const bare = /^ty le( \(?%\)?)?( \/.*)?$/.test(text.replace(/\(\d+\)/g, '').trim()) || /(^| \/ )ty le( \(?%\)?)?$/.test(text);
  const received = find('received');
  if (!bare || !received) return null;
  const before = [...columns].reverse().find((c) => c.col < column.col && c.role !== 'rate' && c.role !== 'other');
  const group = groupOfRole(before?.role);
  const total = group ? find(group) : undefined;
  if (!total || group === 'received') return null;
  return make([total], [received]);
}

/** "=(H5+I5)/G5", "=H5/G5*100", "=ROUND((H5+I5)/G5*100;1)" → the columns over the columns, on the cell's own row. */
function rateFromFormula(formula: string, row: number, columns: TableColumn[]): { numerator: number[]; denominator: number[] } | null {
  let body = formula.replace(/^=/, '').replace(/\s+/g, '').replace(/\$/g, '').toUpperCase();
  // The zero guards clerks wrap around a rate: IF(G5=0,"",H5/G5), IFERROR(H5/G5,"").
  const guard = /^IF\([^,;]+[,;](""|0|"-")[,;](.*)\)$/.exec(body) ?? /^IFERROR\((.*)[,;](""|0|"-")\)$/.exec(body);
  if (guard) body = guard[0].startsWith('IFERROR') ? guard[1] : guard[2];
  const round = /^ROUND\((.*)[,;]\d+\)$/.exec(body);
  if (round) body = round[1];
  body = body.replace(/[*]100$/, '');
  const slash = body.indexOf('/');
  if (slash < 0 || body.indexOf('/', slash + 1) >= 0) return null;
  const side = (text: string): number[] | null => {
    const inner = /^\((.*)\)$/.test(text) ? text.slice(1, -1) : text;
    const cols: number[] = [];
    for (const ref of inner.split('+')) {
      const match = /^([A-Z]{1,3})(\d+)$/.exec(ref);
      if (!match || Number(match[2]) - 1 !== row) return null;
      const column = columns.find((c) => c.letter === match[1]);
      if (!column) return null;
      cols.push(column.col);
    }
    return cols;
  };
  const numerator = side(body.slice(0, slash));
  const denominator = side(body.slice(slash + 1));
  return numerator && denominator ? { numerator, denominator } : null;
}

/**
 * A rate column that carries formulas says what it computes: the clerk's formula is the definition
 * (the same on every row, else unchecked). A formula that cannot be read leaves it unchecked.
 */
function rateFromColumnFormulas(grid: Grid, column: TableColumn, columns: TableColumn[], rows: TableRow[]): RateDefinition | null | 'unreadable' {
  const withFormula = rows.filter((r) => r.kind === 'field' || r.kind === 'total').map((r) => ({ row: r.row, formula: cellFormula(grid, r.row, column.col) })).filter((f) => f.formula !== null);
  if (withFormula.length === 0) return null;
  const readings = withFormula.map((f) => rateFromFormula(f.formula as string, f.row, columns));
  const first = readings[0];
  if (!first || readings.some((r) => !r || r.numerator.join() !== first.numerator.join() || r.denominator.join() !== first.denominator.join())) return 'unreadable';
  const byCol = new Map(columns.map((c) => [c.col, c]));
  const name = (cols: number[]) => termName(cols.map((c) => byCol.get(c)));
  return { col: column.col, ...first, text: `${columnName(column)}=${name(first.numerator)}/${name(first.denominator)}`, placement: 'column' };
}

function columnRateDefinitions(grid: Grid, columns: TableColumn[], tokens: Map<number, NumberingToken> | null, rows: TableRow[]): { rates: RateDefinition[]; unchecked: number[] } {
  const fromNumbering = tokens ? ratesFromNumbering(columns, tokens) : [];
  const rates: RateDefinition[] = [...fromNumbering];
  const unchecked: number[] = [];
  for (const column of columns.filter((c) => c.role === 'rate')) {
    if (rates.some((r) => r.col === column.col)) continue;
    const fromFormulas = rateFromColumnFormulas(grid, column, columns, rows);
    const definition = fromFormulas === 'unreadable' ? null : fromFormulas ?? rateFromWords(column, columns);
    if (definition) rates.push(definition);
    else unchecked.push(column.col);
  }
  return { rates, unchecked };
}


function missingParts(columns: TableColumn[]): MissingPart[] {
  const missing: MissingPart[] = [];
  for (const group of ['received', 'resolved', 'pending'] as const) {
    const members = columns.filter((c) => groupOfRole(c.role) === group);
    if (members.length === 0) missing.push({ group, missing: 'group' });
    else if (!members.some((c) => c.role === group)) missing.push({ group, missing: 'total' });
    else if (members.length < 3) missing.push({ group, missing: 'parts' });
  }
  return missing;
}

/** Text typed in the legacy TCVN3 encoding (.VnTime fonts) shows these Latin-1 letters where Vietnamese ones belong. */
function looksLikeTcvn3(grid: Grid): boolean {
  let hits = 0;
  for (const line of grid.values.slice(0, 40)) {
    for (const value of line) if (typeof value === 'string' && /[¨©ª«¬®°±²³µ¶·¸¹º»¼½¾¿ÆÇËÎÏÐÑ×ØÛÜÞßæçëîïðñ÷øûüþÿ]/.test(value) && /[a-z]/i.test(value)) hits++;
  }
  return hits >= 3;
}

/** Finds the annex table on the sheet: header, columns, identities, rows. */
export function locateTable(grid: Grid, choices: RowChoices = {}): LocateOutcome {
  if (grid.values.length === 0 || grid.values.every((line) => line.every((v) => isBlankValue(v) && !isCellError(v)))) {
    return { ok: false, problem: { kind: 'empty-sheet', sheet: grid.sheetName } };
  }
  let header = findHeader(grid);
  // A title row may hold header words in two cells; move on to the next candidate then.
  while (header && header.paths.size < 4) header = findHeader(grid, header.top + 1);
  if (!header) return { ok: false, problem: { kind: 'no-header', sheet: grid.sheetName, legacyEncoding: looksLikeTcvn3(grid) } };

  const rowTokens = header.numberingRow !== undefined ? readNumberingRow(grid, header.numberingRow, header.left, header.right) : null;
  const tokens = rowTokens ?? numberingFromHeaderTexts(header);
  const columns = buildColumns(header, tokens);
  const fromNumbering = tokens ? identitiesFromNumbering(columns, tokens) : [];
  const multiLevel = [...header.paths.values()].some((path) => path.length > 1);
  const rowSums = fromNumbering.length > 0 ? fromNumbering : multiLevel ? identitiesFromHeaderTree(columns, header.paths) : identitiesFromGroups(columns);
  const blocks = multiLevel ? headerBlocks(columns, header.paths) : [];
  const crosses = blocks.length > 1 ? blocks.map((block) => crossIdentity(block.columns)).filter((i): i is Identity => i !== null) : [crossIdentity(columns)].filter((i): i is Identity => i !== null);
  const identities = [...rowSums, ...blockSums(blocks), ...crosses];
  // With a total block ("Quý II" beside the months), the table's figures and rates are that block's:
  // the months' columns keep their sums but lose their meanings.
  const totalBlock = totalBlockOf(blocks);
  if (totalBlock) for (const block of blocks) if (block !== totalBlock) for (const column of block.columns) column.role = 'other';
  if (identities.length === 0) {
    return { ok: false, problem: { kind: 'no-identities', sheet: grid.sheetName, columns, missing: missingParts(columns) } };
  }
  const inIdentity = new Set(identities.flatMap((i) => [i.parent, ...i.children]));
  const countCols = columns.filter((c) => inIdentity.has(c.col) || groupOfRole(c.role) !== null).map((c) => c.col);
  const scan = scanRows({ grid, header, columns, countCols, choices });
  if (!scan.rows.some((r) => r.kind === 'field' || r.kind === 'total')) {
    return { ok: false, problem: { kind: 'no-rows', sheet: grid.sheetName } };
  }
  if (fromNumbering.length === 0) {
    const doubtful = implausibleIdentities(grid, identities, scan.rows);
    if (doubtful.length > 0) return { ok: false, problem: { kind: 'header-misread', sheet: grid.sheetName, identities: doubtful.map((i) => i.text), columns } };
  }
  const columnRates = columnRateDefinitions(grid, columns, tokens, scan.rows);
  const rowRates = scan.rows.some((r) => r.kind === 'rates') ? rowRateDefinitions(columns, identities) : [];
  const table: TableModel = {
    sheetName: grid.sheetName,
    range: rangeToA1({ top: header.top, left: header.left, bottom: scan.lastRow, right: header.right }),
    headerTop: header.top,
    headerBottom: header.bottom,
    numberingRow: header.numberingRow,
    columns,
    rows: scan.rows,
    sections: scan.sections,
    identities,
    rates: [...rowRates, ...columnRates.rates],
    uncheckedRateColumns: columnRates.unchecked,
    source: fromNumbering.length > 0 ? (rowTokens ? 'numbering-row' : 'header-numbers') : 'header-words',
  };
  return { ok: true, table };
}
