// Issue 10's rules as properties that can fail: the verdict does not depend on where the totals row
// stands, how fields are ordered, blank rows or the table's place on the sheet; one changed count is
// never "hợp lệ", whatever the totals row is called; a wrong count and a wrong rate are both
// reported in the first run.
import fc from 'fast-check';
import { parseA1 } from '../../src/core/address';
import { validateGrid } from '../../src/core/validate';
import type { CellValue, Grid, ValidationReport } from '../../src/core/types';
import { buildAnnexGrid, fieldCell, getCell, setCell, type AnnexOptions, type FieldCounts } from '../helpers/annex';
import { consistentField } from '../helpers/generate';
import { outcomeProblemText } from '../../src/i18n/findings';

const annex = fc.uniqueArray(consistentField, { minLength: 2, maxLength: 14, selector: (f) => f.name });

interface Layout {
  totalsOnTop: boolean;
  /** Field indexes after which a blank row is inserted. */
  blanksAfter: number[];
  titleRows: number;
  leftColumns: number;
  totalLabel: string;
}

const layout = fc.record({
  totalsOnTop: fc.boolean(),
  blanksAfter: fc.uniqueArray(fc.nat(13), { maxLength: 3 }),
  titleRows: fc.nat(3),
  leftColumns: fc.nat(2),
  totalLabel: fc.constantFrom('Tổng cộng', 'TỔNG', 'Cộng', 'Cộng quý II', 'Tổng số', 'Tổng cộng toàn xã'),
});

function report(grid: Grid): ValidationReport {
  const outcome = validateGrid(grid);
  if (!outcome.ok) throw new Error(outcomeProblemText(outcome).en);
  return outcome.report;
}

/** The seed layout with the fields, then the layout's transforms applied to the sheet's rows. */
function arrange(fields: FieldCounts[], change: (grid: Grid, options: AnnexOptions) => void, shape: Layout): Grid {
  const options: AnnexOptions = { titleRows: Array.from({ length: shape.titleRows }, (_, i) => (i === 0 ? 'PHỤ LỤC' : '')), leftColumns: shape.leftColumns };
  const grid = buildAnnexGrid(fields, options);
  change(grid, options);
  const first = shape.titleRows + 4;
  const totalsRow = first + fields.length;
  grid.values[totalsRow][shape.leftColumns] = shape.totalLabel;
  const width = grid.values[0].length;
  const rows = grid.values;
  const formats = grid.numberFormats as (string | null)[][];
  let fieldRows = rows.slice(first, totalsRow);
  let fieldFormats = formats.slice(first, totalsRow);
  const blank = () => new Array<CellValue>(width).fill(null);
  for (const after of [...shape.blanksAfter].filter((i) => i < fields.length - 1).sort((a, b) => b - a)) {
    fieldRows = [...fieldRows.slice(0, after + 1), blank(), ...fieldRows.slice(after + 1)];
    fieldFormats = [...fieldFormats.slice(0, after + 1), new Array(width).fill(null), ...fieldFormats.slice(after + 1)];
  }
  const tail = rows.slice(totalsRow, totalsRow + 2);
  const tailFormats = formats.slice(totalsRow, totalsRow + 2);
  grid.values = [...rows.slice(0, first), ...(shape.totalsOnTop ? [...tail, ...fieldRows] : [...fieldRows, ...tail])];
  grid.numberFormats = [...formats.slice(0, first), ...(shape.totalsOnTop ? [...tailFormats, ...fieldFormats] : [...fieldFormats, ...tailFormats])];
  return grid;
}

/** The findings with every address replaced by what it means: the row's label and the column's number. */
function meaning(result: ValidationReport): string[] {
  const name = (address: string) => {
    const { row, col } = parseA1(address);
    const label = result.table.rows.find((r) => r.row === row)?.label ?? `?${row}`;
    const column = result.table.columns.find((c) => c.col === col)?.number ?? `?${col}`;
    return `${label}(${column})`;
  };
  return result.findings
    .map((f) =>
      [
        f.rule,
        f.severity,
        f.rowLabel ?? '',
        f.identity ?? '',
        f.expected,
        f.actual,
        f.culprit ? name(f.culprit) : '-',
        (f.candidates ?? []).map(name).sort().join('|'),
      ].join(' '),
    )
    .sort();
}

const plain: Layout = { totalsOnTop: false, blanksAfter: [], titleRows: 0, leftColumns: 0, totalLabel: 'Tổng cộng' };

describe('the verdict does not depend on the layout', () => {
  it('moving the totals row above the fields, reordering fields, blank rows and offsets give the same findings, up to addresses', () => {
    fc.assert(
      fc.property(
        annex,
        layout,
        fc.nat(),
        fc.nat(13),
        fc.integer({ min: -40, max: 40 }).filter((d) => d !== 0),
        fc.boolean(),
        (fields, shape, rowPick, columnPick, delta, reverse) => {
          const plant = (grid: Grid, options: AnnexOptions) => {
            const address = fieldCell(rowPick % (fields.length + 1), columnPick + 3, options);
            const before = getCell(grid, address);
            setCell(grid, address, Math.max(0, (typeof before === 'number' ? before : 0) + delta));
          };
          const base = meaning(report(arrange(fields, plant, { ...plain, totalLabel: shape.totalLabel })));
          // The same field keeps the same mistake when the fields are reordered.
          const order = reverse ? [...fields].reverse() : fields;
          const index = rowPick % (fields.length + 1);
          const moved = index === fields.length ? fields.length : order.indexOf(fields[index]);
          const plantMoved = (grid: Grid, options: AnnexOptions) => {
            const address = fieldCell(moved, columnPick + 3, options);
            const before = getCell(grid, address);
            setCell(grid, address, Math.max(0, (typeof before === 'number' ? before : 0) + delta));
          };
          expect(meaning(report(arrange(order, plantMoved, shape)))).toEqual(base);
        },
      ),
      { numRuns: 120 },
    );
  });

  it('one changed count in an identity is never "hợp lệ", wherever the totals row stands and whatever its label', () => {
    const anyLabel = fc.constantFrom('Tổng cộng', 'Cộng quý II', 'TỔNG', 'Toàn xã', 'Tổng hợp chung', '', 'Quý II');
    fc.assert(
      fc.property(
        annex,
        layout,
        anyLabel,
        fc.nat(),
        fc.nat(13),
        fc.integer({ min: -40, max: 40 }).filter((d) => d !== 0),
        (fields, shape, totalLabel, rowPick, columnPick, delta) => {
          const plant = (grid: Grid, options: AnnexOptions) => {
            const address = fieldCell(rowPick % (fields.length + 1), columnPick + 3, options);
            const before = getCell(grid, address);
            const value = (typeof before === 'number' ? before : 0) + delta;
            setCell(grid, address, value < 0 ? (typeof before === 'number' ? before : 0) + Math.abs(delta) : value);
          };
          const result = report(arrange(fields, plant, { ...shape, totalLabel }));
          expect(result.summary.verdict).not.toBe('valid');
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('every check on its own, one pass', () => {
  it('a changed count and a changed rate are both reported in the first run: the count with its culprit and original value, the rate with its true value', () => {
    const rateColumns = [3, 4, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16];
    fc.assert(
      fc.property(
        annex,
        fc.nat(),
        fc.nat(13),
        fc.integer({ min: 1, max: 40 }),
        fc.constantFrom(...rateColumns),
        fc.constantFrom(-0.3, -0.1, 0.1, 0.2, 0.5),
        (fields, rowPick, columnPick, delta, rateColumn, rateShift) => {
          const grid = buildAnnexGrid(fields);
          const countCell = fieldCell(rowPick % (fields.length + 1), columnPick + 3);
          const before = getCell(grid, countCell);
          const original = typeof before === 'number' ? before : 0;
          setCell(grid, countCell, original + delta);
          const rateCell = fieldCell(fields.length + 1, rateColumn);
          const rate = getCell(grid, rateCell);
          fc.pre(typeof rate === 'number' && rate * 100 + rateShift >= 0);
          const trueRate = Math.round((rate as number) * 1000) / 10;
          // A planted rate that happens to be the column over another denominator the forms use
          // ((7) for resolved parts, (13) for pending parts: 4/59 = 6,8% where 4/63 = 6,3%) is a
          // reading of the row, not a wrong rate: such draws are not this property's case.
          const totals = fieldCell(fields.length, rateColumn);
          const numerator = getCell(grid, totals) as number;
          const otherDenominators = [7, 13]
            .map((column) => getCell(grid, fieldCell(fields.length, column)) as number)
            .filter((d) => typeof d === 'number' && d > 0);
          fc.pre(!otherDenominators.some((d) => Math.round((numerator / d) * 1000) / 10 === Math.round((trueRate + rateShift) * 10) / 10));
          setCell(grid, rateCell, Number(((trueRate + rateShift) / 100).toFixed(6)));
          const result = report(grid);
          const culprit = result.findings.filter((f) => f.culprit === countCell && f.severity === 'error');
          expect(culprit.length).toBeGreaterThan(0);
          for (const finding of culprit) expect([finding.expected, finding.actual]).toEqual([original, original + delta]);
          const rateFinding = result.findings.find((f) => f.rule === 'rate' && f.culprit === rateCell);
          expect(rateFinding?.expected).toBeCloseTo(trueRate, 9);
          expect(rateFinding?.severity).toBe('error');
        },
      ),
      {
        numRuns: 150,
        examples: [
          [
            [
              { name: 'Lĩnh vực !', values: [4, 4, 0, 0, 4, 0, 4, 0, 0, 0, 0, 0, 0, 0] },
              { name: 'Lĩnh vực "', values: [59, 59, 0, 0, 55, 0, 0, 55, 0, 0, 4, 1, 3, 0] },
            ],
            0,
            0,
            1,
            9,
            0.5,
          ],
        ],
      },
    );
  });
});
