import * as path from 'path';
import { main } from '../../src/cli/main';
import type { CellValue, Grid } from '../../src/core/types';
import { form06a, formOld, formOneRow, formSections, type BuiltLayout } from '../helpers/variants';
import { tempDir, writeWorkbook } from '../helpers/xlsx';

const dir = tempDir('tthc-variants-');

async function validateJson(file: string) {
  let stdout = '';
  const code = await main(['validate', '--json', file], { stdout: (t) => (stdout += t), stderr: () => undefined });
  return { code, report: JSON.parse(stdout)[0] };
}

function plant(built: BuiltLayout, fieldIndex: number, countColumn: number): { address: string; original: number } {
  const address = built.cell(fieldIndex, countColumn);
  const r = Number(address.slice(1)) - 1;
  const c = address.charCodeAt(0) - 65;
  const original = built.grid.values[r][c] as number;
  built.grid.values[r][c] = (original + 4) as CellValue;
  return { address, original };
}

const CASES: Array<{ name: string; build: () => BuiltLayout; identities: string[]; rates?: string[] }> = [
  {
    name: 'bieu-06a',
    build: () => form06a({ rateColumn: true, titles: ['Biểu số 06a/VPCP/KSTT'] }),
    identities: ['(3)=(4)+(5)+(6)', '(7)=(8)+(9)+(10)', '(11)=(12)+(13)', '(3)=(7)+(11)'],
    rates: ['(14)=((8)+(9))/(7)'],
  },
  { name: 'mau-cu', build: () => formOld(), identities: ['(3)=(4)+(5)', '(6)=(7)+(8)', '(9)=(10)+(11)', '(3)=(6)+(9)'] },
  { name: 'mot-dong-tieu-de', build: () => formOneRow(), identities: ['(3)=(4)+(5)+(6)', '(7)=(8)+(9)+(10)', '(11)=(12)+(13)', '(3)=(7)+(11)'] },
  {
    name: 'co-muc',
    build: () => formSections({ subtotals: 'rows' }),
    identities: ['(3)=(4)+(5)+(6)', '(7)=(8)+(9)+(10)+(11)+(12)', '(13)=(14)+(15)+(16)', '(3)=(7)+(13)'],
  },
];

describe.each(CASES)('$name workbook', ({ name, build, identities, rates }) => {
  it('validates a consistent copy clean and says how it understood the table', async () => {
    const built = build();
    const { code, report } = await validateJson(await writeWorkbook(path.join(dir, `${name}.xlsx`), [built.grid as Grid]));
    expect(code).toBe(0);
    expect(report.findings.filter((f: { severity: string }) => f.severity === 'error')).toEqual([]);
    expect(report.table.identities).toEqual(identities);
    if (rates) expect(report.table.rates).toEqual(rates);
  });

  it('finds a planted mistake with its culprit', async () => {
    const built = build();
    const { address, original } = plant(built, 1, 1);
    const { code, report } = await validateJson(await writeWorkbook(path.join(dir, `${name}-co-loi.xlsx`), [built.grid]));
    expect(code).toBe(1);
    const culprits = new Set(
      report.findings
        .filter((f: { severity: string }) => f.severity === 'error')
        .map((f: { culprit: string; expected: number }) => `${f.culprit}=${f.expected}`),
    );
    expect([...culprits]).toEqual([`${address}=${original}`]);
  });
});
