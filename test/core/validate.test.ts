import { validateGrid, validateWorkbook } from '../../src/core/validate';
import type { Finding, Grid, ValidationReport } from '../../src/core/types';
import { buildAnnexGrid, SEED_FIELDS, setCell, type FieldCounts } from '../helpers/annex';
import { findingText, groupText, outcomeProblemText } from '../../src/i18n/findings';

function report(grid: Grid): ValidationReport {
  const outcome = validateGrid(grid);
  if (!outcome.ok) throw new Error(outcomeProblemText(outcome).en);
  return outcome.report;
}

function brief(findings: Finding[]) {
  return findings.map((f) => ({ rule: f.rule, severity: f.severity, culprit: f.culprit, cells: f.cells.slice(0, 3), expected: f.expected, actual: f.actual }));
}

describe('a consistent annex', () => {
  it('gives no findings on the seed table and reports its range and identities', () => {
    const result = report(buildAnnexGrid(SEED_FIELDS));
    expect(result.findings).toEqual([]);
    expect(result.table.range).toBe('A1:P18');
    expect(result.table.identities.map((i) => i.text)).toEqual(['(3)=(4)+(5)+(6)', '(7)=(8)+(9)+(10)+(11)+(12)', '(13)=(14)+(15)+(16)', '(3)=(7)+(13)']);
    expect(result.table.source).toBe('numbering-row');
    expect(result.table.rows.filter((r) => r.kind === 'field')).toHaveLength(12);
  });

  it('finds the table offset under title rows and beside blank columns, naming real cells', () => {
    const grid = buildAnnexGrid(SEED_FIELDS, {
      titleRows: ['PHỤ LỤC', 'Kết quả tiếp nhận và trả kết quả giải quyết TTHC quý II năm 2026', ''],
      leftColumns: 2,
    });
    const result = report(grid);
    expect(result.findings).toEqual([]);
    expect(result.table.range).toBe('C4:R21');
    setCell(grid, 'F8', 1062); // (4) of "Hộ tịch"
    const findings = report(grid).findings;
    expect(findings.every((f) => f.culprit === 'F8')).toBe(true);
    expect(findings.map((f) => f.rule)).toEqual(['row-sum', 'column-total']);
  });

  it('reads the header without merge information and without a numbering row', () => {
    const result = report(buildAnnexGrid(SEED_FIELDS, { merges: false, numbering: 'none' }));
    expect(result.findings).toEqual([]);
    expect(result.table.source).toBe('header-words');
    expect(result.table.identities.map((i) => i.text)).toEqual(['C=D+E+F', 'G=H+I+J+K+L', 'M=N+O+P', 'C=G+M']);
  });

  it('names columns by a plain numbering row 1 2 3 … 16', () => {
    const result = report(buildAnnexGrid(SEED_FIELDS, { numbering: 'plain' }));
    expect(result.findings).toEqual([]);
    expect(result.table.identities[0].text).toBe('(3)=(4)+(5)+(6)');
  });

  it('accepts rates as plain percents and as Vietnamese text', () => {
    expect(report(buildAnnexGrid(SEED_FIELDS, { rateStyle: 'percent-number' })).findings).toEqual([]);
    expect(report(buildAnnexGrid(SEED_FIELDS, { rateStyle: 'text' })).findings).toEqual([]);
  });

  it('handles 20 fields, a missing totals row and a missing rates row', () => {
    const twenty: FieldCounts[] = Array.from({ length: 20 }, (_, i) => ({ ...SEED_FIELDS[i % 12], name: `Lĩnh vực ${i + 1}` }));
    expect(report(buildAnnexGrid(twenty)).findings).toEqual([]);
    const noTotals = report(buildAnnexGrid(SEED_FIELDS, { totals: false, rates: false }));
    expect(noTotals.findings).toEqual([]);
    expect(noTotals.table.rows.map((r) => r.kind)).toEqual(Array(12).fill('field'));
    const noRates = report(buildAnnexGrid(SEED_FIELDS, { rates: false }));
    expect(noRates.findings).toEqual([]);
    expect(noRates.table.range).toBe('A1:P17');
  });

  it('keeps a field name full of HTML as plain text', () => {
    const fields = SEED_FIELDS.map((f, i) => (i === 0 ? { ...f, name: '<img src=x onerror=alert(1)>' } : f));
    const grid = buildAnnexGrid(fields);
    setCell(grid, 'D5', 1060);
    const findings = report(grid).findings;
    expect(findings[0].rowLabel).toBe('<img src=x onerror=alert(1)>');
    expect(findingText(findings[0]).vi).toContain('Dòng “<img src=x onerror=alert(1)>”');
  });
});

describe('sum rules and culprits', () => {
  it('blames a field cell that breaks its row and its column', () => {
    const grid = buildAnnexGrid(SEED_FIELDS);
    setCell(grid, 'D5', 1062);
    const result = report(grid);
    expect(brief(result.findings)).toEqual([
      { rule: 'row-sum', severity: 'error', culprit: 'D5', cells: ['D5', 'C5', 'E5'], expected: 1061, actual: 1062 },
      { rule: 'column-total', severity: 'error', culprit: 'D5', cells: ['D5', 'D6', 'D7'], expected: 1061, actual: 1062 },
    ]);
    expect(result.findings[0].cells).toEqual(['D5', 'C5', 'E5', 'F5']);
    expect(result.findings[1].cells).toHaveLength(13);
    expect(findingText(result.findings[0]).vi).toBe(
      'Dòng “Hộ tịch”: (3)=(4)+(5)+(6) không khớp — ô C5 ghi 1.066, tổng các cột thành phần là 1.067 (lệch -1). Nhiều khả năng ô D5 sai: đang ghi 1.062, đúng ra là 1.061.',
    );
    expect(findingText(result.findings[0]).en).toBe(
      'Row “Hộ tịch”: (3)=(4)+(5)+(6) does not add up — C5 states 1,066, its parts sum to 1,067 (off by -1). Most likely D5 is wrong: it states 1,062, it should be 1,061.',
    );
    expect(result.summary).toEqual({ errors: 2, warnings: 0, culprits: 1, undecided: 0, verdict: 'invalid' });
    expect(result.groups).toHaveLength(1);
    expect(result.groups[0]).toMatchObject({ kind: 'culprit', cell: 'D5', expected: 1061, actual: 1062, findings: [0, 1] });
    expect(groupText(result.groups[0], result).vi).toBe('Ô D5 nhiều khả năng sai: đang ghi 1.062, đúng ra 1.061 — 2 phép kiểm tra không khớp.');
  });

  it('blames a total that breaks the cross identity, its row sum and its column', () => {
    const grid = buildAnnexGrid(SEED_FIELDS);
    setCell(grid, 'C17', 3576);
    const result = report(grid);
    expect(result.findings.map((f) => [f.rule, f.culprit, f.expected, f.actual])).toEqual([
      ['row-sum', 'C17', 3575, 3576],
      ['cross-sum', 'C17', 3575, 3576],
      ['column-total', 'C17', 3575, 3576],
    ]);
    // The rate of (3) is built on the doubtful C17: it waits until the counts add up.
    expect(result.findings.some((f) => f.rule === 'rate')).toBe(false);
  });

  it('checks the cross identity on a field row', () => {
    const grid = buildAnnexGrid(SEED_FIELDS);
    // "Đất đai": resolved 113 → 112 and its "trước hạn" too: (7) holds, (3)=(7)+(13) does not.
    setCell(grid, 'G9', 112);
    setCell(grid, 'H9', 112);
    const rules = report(grid).findings.map((f) => f.rule);
    expect(rules).toContain('cross-sum');
    expect(rules.filter((r) => r === 'column-total')).toHaveLength(2);
  });

  it('names both cells when exactly one pair of corrections explains two mistakes in one row', () => {
    const grid = buildAnnexGrid(SEED_FIELDS);
    setCell(grid, 'D5', 1062);
    setCell(grid, 'F5', 6);
    const result = report(grid);
    // (3) on row 5 fails, and so do the totals of columns (4) and (6): only D5 = 1061 with F5 = 5 closes all three.
    expect(result.groups.map((g) => [g.kind, g.cell, g.expected, g.actual, g.findings.length])).toEqual([
      ['culprit', 'D5', 1061, 1062, 2],
      ['culprit', 'F5', 5, 6, 2],
    ]);
    expect(groupText(result.groups[0], result).vi).toBe('Ô D5 nhiều khả năng sai: đang ghi 1.062, đúng ra 1.061 — 2 phép kiểm tra không khớp (cùng với ô F5).');
    const rowSum = result.findings.find((f) => f.rule === 'row-sum');
    expect(rowSum && findingText(rowSum).en).toContain('Most likely D5 and F5 are wrong: D5 states 1,062, it should be 1,061; F5 states 6, it should be 5.');
  });

  it('without a totals row two mistakes in one row cannot be told apart: every unconfirmed cell, no expected value', () => {
    const grid = buildAnnexGrid(SEED_FIELDS, { totals: false, rates: false });
    setCell(grid, 'D5', 1062);
    setCell(grid, 'F5', 6);
    const findings = report(grid).findings.filter((f) => f.rule === 'row-sum');
    expect(findings).toHaveLength(1);
    expect(findings[0].culprit).toBeUndefined();
    expect(findings[0].expected).toBeNull();
    // C5 is confirmed by (3)=(7)+(13), which holds: it is not a candidate.
    expect(findings[0].candidates).toEqual(['D5', 'E5', 'F5']);
    expect(findingText(findings[0]).en).toContain('No single wrong cell can be named: one or more of D5, E5 and F5 are wrong.');
  });
});

describe('bad values', () => {
  it('reports #REF! once and does not evaluate the identities that use it', () => {
    const grid = buildAnnexGrid(SEED_FIELDS);
    setCell(grid, 'H5', { error: '#REF!' });
    const findings = report(grid).findings;
    expect(brief(findings)).toEqual([{ rule: 'bad-value', severity: 'error', culprit: 'H5', cells: ['H5'], expected: null, actual: null }]);
    expect(findingText(findings[0]).vi).toBe('Ô H5 chứa lỗi #REF!: các phép cộng có ô này không kiểm tra được.');
  });

  it('flags negative counts, decimals read from a thousands dot, and words in a count column', () => {
    const grid = buildAnnexGrid(SEED_FIELDS);
    setCell(grid, 'N8', -2);
    setCell(grid, 'C5', 1.066);
    setCell(grid, 'P9', 'năm');
    const findings = report(grid).findings;
    expect(findings.map((f) => [f.rule, f.culprit, f.expected, f.actual])).toEqual([
      ['bad-value', 'C5', 1066, 1.066],
      ['bad-value', 'N8', null, -2],
      ['bad-value', 'P9', null, null],
    ]);
    expect(findingText(findings[0]).vi).toContain('1.066 = 1066?');
    expect(findingText(findings[2]).en).toBe('P9 holds “năm”, which is not a dossier count.');
  });

  it('reads Vietnamese text numbers and warns that SUM skips them', () => {
    const grid = buildAnnexGrid(SEED_FIELDS);
    setCell(grid, 'C5', '1.066');
    setCell(grid, 'C14', '1 922');
    const findings = report(grid).findings;
    expect(findings.map((f) => [f.rule, f.severity, f.culprit])).toEqual([
      ['text-number', 'warning', 'C5'],
      ['text-number', 'warning', 'C14'],
    ]);
  });
});

describe('clerk conventions', () => {
  it('reads "x", "-" and "Không phát sinh" as nothing to count', () => {
    const grid = buildAnnexGrid(SEED_FIELDS);
    for (let c = 2; c < 16; c++) grid.values[6][c] = null; // "Đường thủy nội địa": all zero
    grid.values[6][2] = 'Không phát sinh hồ sơ';
    grid.merges = [...(grid.merges ?? []), { top: 6, left: 2, bottom: 6, right: 15 }];
    for (let c = 2; c < 16; c++) grid.values[14][c] = '-'; // "Kinh doanh khí"
    setCell(grid, 'C18', 'x');
    setCell(grid, 'E18', 'x');
    expect(report(grid).findings).toEqual([]);
  });

  it('reads digits pasted with zero-width spaces, and asks about the letter O typed for 0', () => {
    const grid = buildAnnexGrid(SEED_FIELDS);
    setCell(grid, 'C9', '143\u200b');
    setCell(grid, 'O9', 'O');
    const findings = report(grid).findings;
    expect(findings.map((f) => [f.rule, f.culprit])).toEqual([
      ['bad-value', 'O9'],
      ['text-number', 'C9'],
    ]);
    expect(findingText(findings[0]).vi).toBe('Ô O9 ghi “O”, không phải là số hồ sơ. Có phải gõ nhầm chữ O thay cho số 0?');
  });

  it('does not add up columns of notes or codes', () => {
    const grid = buildAnnexGrid(SEED_FIELDS);
    grid.values.forEach((row, r) => row.push(r === 0 ? 'Ghi chú' : r >= 4 && r < 16 ? 2017 + r : null));
    expect(report(grid).findings).toEqual([]);
  });
});

describe('rates row', () => {
  it('checks each rate at the precision it displays, rounding half up', () => {
    const grid = buildAnnexGrid(SEED_FIELDS);
    setCell(grid, 'G18', 0.985);
    const findings = report(grid).findings;
    expect(brief(findings)).toEqual([{ rule: 'rate', severity: 'error', culprit: 'G18', cells: ['G18', 'C17', 'G17'], expected: 98.4, actual: 98.5 }]);
    expect(findingText(findings[0]).vi).toBe('Tỷ lệ ở ô G18 ((7)/(3)) ghi 98,5%, tính từ số liệu là 3.518/3.575 = 98,4%.');
  });

  it('uses (4)/((4)+(5)) for the online rate', () => {
    const grid = buildAnnexGrid(SEED_FIELDS);
    setCell(grid, 'D18', 0.995); // (4)/(3) would be 99,5%, the form's definition gives 100%
    const findings = report(grid).findings;
    expect(findings.map((f) => [f.rule, f.culprit, f.expected, f.identity])).toEqual([['rate', 'D18', 100, '(4)/((4)+(5))']]);
  });

  it('accepts the group-relative readings of Biểu 06a forms: a part over its group total, a channel over new dossiers', () => {
    const grid = buildAnnexGrid(SEED_FIELDS);
    setCell(grid, 'H18', 0.991); // (8)/(7) = 3.488/3.518 = 99,1%
    setCell(grid, 'P18', 0.175); // (16)/(13) = 10/57 = 17,5%
    expect(report(grid).findings).toEqual([]);
    setCell(grid, 'H18', 0.99);
    expect(report(grid).findings.map((f) => [f.rule, f.culprit, f.expected, f.identity])).toEqual([['rate', 'H18', 97.6, '(8)/(3)']]);
  });

  it('warns about a missing expected rate but not about blank (5) and (6)', () => {
    const grid = buildAnnexGrid(SEED_FIELDS);
    setCell(grid, 'H18', null);
    const findings = report(grid).findings;
    expect(findings.map((f) => [f.rule, f.severity, f.anchor, f.expected])).toEqual([['missing-rate', 'warning', 'H18', 97.6]]);
  });

  it('accepts blank, 0%, "-" and #DIV/0! when the denominator is 0', () => {
    const zero: FieldCounts[] = [{ name: 'Kinh doanh khí', values: [0, null, null, null, 0, null, null, null, null, null, 0, null, null, null] }];
    const grid = buildAnnexGrid(zero);
    setCell(grid, 'C7', '-');
    setCell(grid, 'G7', { error: '#DIV/0!' });
    setCell(grid, 'H7', 0);
    expect(report(grid).findings).toEqual([]);
    setCell(grid, 'M7', 1);
    expect(report(grid).findings.map((f) => [f.rule, f.culprit, f.expected])).toEqual([['rate', 'M7', null]]);
  });

  it('reads whole-percent formats at whole-percent precision', () => {
    const grid = buildAnnexGrid(SEED_FIELDS);
    grid.numberFormats![17][6] = '0%';
    setCell(grid, 'G18', 0.98);
    expect(report(grid).findings).toEqual([]);
    setCell(grid, 'G18', 0.99);
    expect(report(grid).findings.map((f) => [f.culprit, f.expected, f.actual])).toEqual([['G18', 98, 99]]);
  });
});

describe('formula warnings', () => {
  it('warns about a total typed over among formula totals', () => {
    const grid = buildAnnexGrid(SEED_FIELDS, { totalFormulas: true });
    expect(report(grid).findings).toEqual([]);
    grid.formulas![16][7] = null;
    const findings = report(grid).findings;
    expect(findings.map((f) => [f.rule, f.severity, f.anchor])).toEqual([['constant-total', 'warning', 'H17']]);
  });

  it('says which rows the =SUM range of a total leaves out', () => {
    const grid = buildAnnexGrid(SEED_FIELDS, { totalFormulas: true });
    grid.formulas![16][7] = '=SUM(H5:H15)';
    setCell(grid, 'H17', 3488 - 2); // Excel's result without row 16 ("Lưu thông hàng hóa": 2)
    const findings = report(grid).findings;
    expect(findings.map((f) => [f.rule, f.severity, f.anchor])).toEqual([
      ['row-sum', 'error', 'G17'],
      ['column-total', 'error', 'H17'],
      ['sum-range', 'warning', 'H17'],
    ]);
    expect(findingText(findings[2]).vi).toBe('Công thức =SUM(H5:H15) ở ô H17 không cộng dòng 16 của bảng: có lẽ dòng đã được chèn ngoài vùng cộng.');
  });

  it('warns about formulas without a cached result and does not evaluate them', () => {
    const grid = buildAnnexGrid(SEED_FIELDS, { totalFormulas: true });
    setCell(grid, 'C17', null);
    grid.uncached = [{ row: 16, col: 2 }];
    const findings = report(grid).findings;
    expect(findings.map((f) => [f.rule, f.severity, f.anchor])).toEqual([['no-cached-value', 'warning', 'C17']]);
  });
});

describe('no table', () => {
  it('explains an empty sheet and a sheet without an annex', () => {
    const empty = validateGrid({ sheetName: 'Trống', origin: { row: 0, col: 0 }, values: [] });
    expect(empty).toEqual({ ok: false, problem: { kind: 'empty-sheet', sheet: 'Trống' } });
    if (!empty.ok) expect(outcomeProblemText(empty)).toEqual({ vi: 'Trang tính “Trống” không có dữ liệu.', en: 'Sheet “Trống” is empty.' });
    const other = validateGrid({ sheetName: 'Ghi chú', origin: { row: 0, col: 0 }, values: [['Danh sách cán bộ'], ['Nguyễn Văn A', 35]] });
    expect(other.ok).toBe(false);
    if (!other.ok) expect(outcomeProblemText(other).en).toContain('No annex table found on sheet “Ghi chú”');
  });

  it('hints at converting TCVN3 (.VnTime) text to Unicode', () => {
    const legacy = validateGrid({
      sheetName: 'Cũ',
      origin: { row: 0, col: 0 },
      values: [
        ['STT', 'LÜnh vùc', 'Sè l­îng hå s¬ tiÕp nhËn'],
        ['', '', 'Tæng sè'],
        [1, 'Hé tÞch', 5],
      ],
    });
    expect(legacy.ok).toBe(false);
    if (!legacy.ok) expect(outcomeProblemText(legacy).vi).toContain('bảng mã TCVN3');
  });

  it('picks the first sheet that holds a table, or the named one', () => {
    const notes: Grid = { sheetName: 'Ghi chú', origin: { row: 0, col: 0 }, values: [['x']] };
    const annex = buildAnnexGrid(SEED_FIELDS);
    const outcome = validateWorkbook([notes, annex]);
    expect(outcome.ok && outcome.report.sheet).toBe('Phụ lục');
    const missing = validateWorkbook([notes, annex], 'Quý III');
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(outcomeProblemText(missing).en).toBe('No sheet named “Quý III” (available: Ghi chú, Phụ lục).');
  });
});
