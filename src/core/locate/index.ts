// Locating the annex table on a sheet and understanding its structure: header, columns,
// identities, rows, rates.
import { rangeToA1 } from '../address';
import { isBlankValue, isCellError } from '../cells';
import { findHeader, groupOfRole, readNumberingRow } from '../header';
import { implausibleIdentities } from '../plausibility';
import type { Grid, Identity, LocateOutcome, TableModel } from '../types';
import { buildColumns, numberingFromHeaderTexts } from './columns';
import { looksLikeTcvn3, missingParts } from './diagnostics';
import { blockSums, crossIdentity, headerBlocks, identitiesFromGroups, identitiesFromHeaderTree, identitiesFromNumbering, totalBlockOf } from './identities';
import { columnRateDefinitions, rowRateDefinitions } from './rates';
import type { RowChoices } from './row-values';
import { scanRows } from './rows';

export { columnName } from './columns';

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
  const crosses =
    blocks.length > 1
      ? blocks.map((block) => crossIdentity(block.columns)).filter((i): i is Identity => i !== null)
      : [crossIdentity(columns)].filter((i): i is Identity => i !== null);
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
