// The carry-over check: "Từ kỳ trước" of this period against what was pending at the end of the
// previous one, per field matched by name and on the totals row, whatever the form.
import fc from 'fast-check';
import { checkCarryOver } from '../../../src/core/periods/carry-over';
import type { PeriodTable } from '../../../src/core/periods/types';
import { periodFindingText, carryOverSummaryText } from '../../../src/i18n/periods/findings';
import { fieldListLines } from '../../../src/i18n/periods/fields';
import { renderExports } from '../build/generate';
import { buildAnnexGrid, fieldCell, SEED_FIELDS, type FieldCounts } from '../../helpers/annex';
import { FIELDS as VARIANT_FIELDS, form06a, formSections, type Leaves } from '../../helpers/variants';
import { builtGrid, builtQuarters, tableOf, typed, withCell, yearDossiersArb } from './quarters';

/** A consistent previous quarter for the seed's fields: 10 resolved each, `pending[name]` (default: the seed's carried) pending. */
function previousFields(pending: Record<string, number> = {}): FieldCounts[] {
  return SEED_FIELDS.map((field) => {
    const p = pending[field.name] ?? (typeof field.values[3] === 'number' ? field.values[3] : 0);
    return { name: field.name, values: [10 + p, 10 + p, null, null, 10, 10, null, null, null, null, p, p || null, null, null] };
  });
}

const seedQ2 = (sheetName = 'Quý II', titleRows?: string[]) => tableOf(buildAnnexGrid(SEED_FIELDS, { sheetName, titleRows }));
const q1 = (pending?: Record<string, number>, sheetName = 'Quý I', titleRows?: string[]) =>
  tableOf(buildAnnexGrid(previousFields(pending), { sheetName, titleRows }));

describe('on the seed’s form', () => {
  test('a previous quarter whose pending dossiers are this one’s carried-over ones: nothing to say', () => {
    const check = checkCarryOver(q1(), seedQ2());
    expect(check.adjacency).toEqual({ kind: 'adjacent', by: 'kinds' });
    expect(check).toMatchObject({ checked: true, findings: [], compared: 13, agreed: 13 });
    expect(carryOverSummaryText(check).vi).toBe('Số chuyển kỳ khớp: cột “Từ kỳ trước” bằng số hồ sơ đang giải quyết cuối kỳ trước (13 dòng đối chiếu).');
  });

  test('one field off by one: that field and the totals, both cells named with the previous sheet', () => {
    const check = checkCarryOver(q1({ 'Hộ tịch': 4 }), seedQ2());
    expect(check.findings).toEqual([
      {
        rule: 'carry-over',
        severity: 'error',
        field: 'Hộ tịch',
        previous: [{ sheet: 'Quý I', address: 'M5' }],
        current: [{ sheet: 'Quý II', address: 'F5' }],
        pending: 4,
        carried: 5,
      },
      {
        rule: 'carry-over',
        severity: 'error',
        previous: [{ sheet: 'Quý I', address: 'M17' }],
        current: [{ sheet: 'Quý II', address: 'F17' }],
        pending: 18,
        carried: 19,
      },
    ]);
    expect(check.findings.map((f) => periodFindingText(f).vi)).toEqual([
      'Hộ tịch: kỳ trước còn 4 hồ sơ đang giải quyết (Quý I!M5), kỳ này ghi từ kỳ trước 5 (F5).',
      'Tổng cộng: kỳ trước còn 18 hồ sơ đang giải quyết (Quý I!M17), kỳ này ghi từ kỳ trước 19 (F17).',
    ]);
    expect(periodFindingText(check.findings[0]).en).toBe(
      'Hộ tịch: 4 dossiers were pending at the end of the previous period (Quý I!M5), this period carries over 5 (F5).',
    );
    expect(check).toMatchObject({ compared: 13, agreed: 11 });
    expect(carryOverSummaryText(check).vi).toBe('Số chuyển kỳ: 2 chỗ không khớp.');
  });

  test('cells of another file are named with the file', () => {
    const previous = { ...q1({ 'Đất đai': 12 }), file: 'quy-1.xlsx' };
    const current = { ...seedQ2(), file: 'quy-2.xlsx' };
    const [finding] = checkCarryOver(previous, current).findings;
    expect(periodFindingText(finding, { currentFile: 'quy-2.xlsx' }).vi).toBe(
      'Đất đai: kỳ trước còn 12 hồ sơ đang giải quyết (quy-1.xlsx › Quý I!M9), kỳ này ghi từ kỳ trước 13 (F9).',
    );
  });

  test('field names written differently are one field, and listed', () => {
    const fields = previousFields();
    fields[0] = { ...fields[0], name: 'Lĩnh vực Hộ Tịch' };
    fields[9] = { ...fields[9], name: 'Chung thuc' };
    const check = checkCarryOver(tableOf(buildAnnexGrid(fields, { sheetName: 'Quý I' })), seedQ2());
    expect(check.findings).toEqual([]);
    expect(fieldListLines(check.fields).map((line) => line.vi)).toEqual([
      'Tên lĩnh vực viết khác giữa hai kỳ, coi là một: “Lĩnh vực Hộ Tịch” → “Hộ tịch”; “Chung thuc” → “Chứng thực”.',
    ]);
  });

  test('a field gone with dossiers pending, and a new field with dossiers carried over, are errors naming them', () => {
    const previous = previousFields();
    previous.push({ name: 'Lâm nghiệp', values: [13, 13, null, null, 10, 10, null, null, null, null, 3, 3, null, null] });
    const current = SEED_FIELDS.map((f) => ({ ...f, values: [...f.values] }));
    current.push({ name: 'Tôn giáo', values: [2, 0, null, 2, 2, 2, null, null, null, null, 0, null, null, null] });
    current.push({ name: 'Văn hóa', values: [1, 1, null, null, 1, 1, null, null, null, null, 0, null, null, null] });
    const check = checkCarryOver(tableOf(buildAnnexGrid(previous, { sheetName: 'Quý I' })), tableOf(buildAnnexGrid(current, { sheetName: 'Quý II' })));
    expect(check.findings.map((f) => f.rule)).toEqual(['carry-over', 'carry-over-field-vanished', 'carry-over-field-new']);
    expect(check.findings.map((f) => periodFindingText(f).vi)).toEqual([
      'Tổng cộng: kỳ trước còn 22 hồ sơ đang giải quyết (Quý I!M18), kỳ này ghi từ kỳ trước 21 (F19).',
      'Lâm nghiệp: kỳ trước còn 3 hồ sơ đang giải quyết (Quý I!M17) nhưng bảng kỳ này không có lĩnh vực này — các hồ sơ đó phải được ghi ở cột “Từ kỳ trước”.',
      'Tôn giáo: lĩnh vực không có trong bảng kỳ trước nhưng ghi từ kỳ trước 2 hồ sơ (F17).',
    ]);
    expect(fieldListLines(check.fields).map((line) => line.vi)).toEqual(['Lĩnh vực mới ở kỳ này: “Văn hóa”.']);
  });

  test('a count that is no number is not compared, and said so', () => {
    const grid = buildAnnexGrid(previousFields(), { sheetName: 'Quý I' });
    const previous = tableOf(withCell(grid, fieldCell(4, 13), 'ba mươi'));
    const check = checkCarryOver(previous, seedQ2());
    const unread = check.findings.find((f) => f.rule === 'carry-over-unchecked')!;
    expect(periodFindingText(unread).vi).toBe('Đất đai: ô Quý I!M9 không phải là số (“ba mươi”) — chưa đối chiếu được số chuyển kỳ.');
    expect(check.findings.filter((f) => f.severity === 'error')).toEqual([]);
    // The previous table's own mistake is in its own report, not hidden by the check.
    expect(previous.report.summary.errors).toBeGreaterThan(0);
  });
});

describe('periods', () => {
  const Q1_TITLES = ['UBND XÃ AN PHÚ', 'KẾT QUẢ GIẢI QUYẾT TTHC QUÝ I NĂM 2026', '(Số liệu tính từ ngày 15/12/2025 đến hết ngày 14/3/2026)'];
  const Q2_TITLES = ['UBND XÃ AN PHÚ', 'KẾT QUẢ GIẢI QUYẾT TTHC QUÝ II NĂM 2026', '(Số liệu tính từ ngày 15/3 đến hết ngày 14/6/2026)'];

  test('titles with dates that follow each other: checked', () => {
    const check = checkCarryOver(q1({}, 'Sheet1', Q1_TITLES), seedQ2('Sheet2', Q2_TITLES));
    expect(check.adjacency).toEqual({ kind: 'adjacent', by: 'dates' });
    expect(check.checked).toBe(true);
  });

  test('the same quarter last year: not adjacent, warned, no carry-over error', () => {
    const lastYear = Q2_TITLES.map((t) => t.replace('2026', '2025'));
    const check = checkCarryOver(q1({ 'Hộ tịch': 0 }, 'Quý II 2025', lastYear), seedQ2('Quý II', Q2_TITLES));
    expect(check).toMatchObject({ adjacency: { kind: 'not-adjacent', by: 'dates' }, checked: false, compared: 0 });
    expect(check.findings.map((f) => periodFindingText(f).vi)).toEqual([
      'Bảng kỳ trước là quý II năm 2025 (từ ngày 15/3 đến ngày 14/6/2025), không liền ngay trước kỳ này, quý II năm 2026 (từ ngày 15/3 đến ngày 14/6/2026): không đối chiếu số chuyển kỳ, chỉ so sánh số liệu.',
    ]);
  });

  test('a unit’s own calendar: by its dates, a day apart is not adjacent', () => {
    const own = ['KẾT QUẢ QUÝ I NĂM 2026', '(từ ngày 01/12/2025 đến ngày 28/02/2026)'];
    const next = ['KẾT QUẢ QUÝ II NĂM 2026', '(từ ngày 01/3/2026 đến ngày 31/5/2026)'];
    expect(checkCarryOver(q1({}, 'A', own), seedQ2('B', next)).adjacency).toEqual({ kind: 'adjacent', by: 'dates' });
    const gap = ['KẾT QUẢ QUÝ II NĂM 2026', '(từ ngày 02/3/2026 đến ngày 31/5/2026)'];
    expect(checkCarryOver(q1({}, 'A', own), seedQ2('B', gap)).adjacency).toEqual({ kind: 'not-adjacent', by: 'dates' });
  });

  test('no period anywhere: taken as consecutive, with a warning', () => {
    const check = checkCarryOver(q1({ 'Hộ tịch': 4 }, 'Sheet1'), seedQ2('Sheet2'));
    expect(check.adjacency).toEqual({ kind: 'unknown', sides: ['previous', 'current'] });
    expect(check.checked).toBe(true);
    expect(check.findings.map((f) => f.rule)).toEqual(['carry-over', 'carry-over', 'previous-period-unknown']);
    expect(periodFindingText(check.findings[2]).vi).toBe(
      'Không đọc được kỳ báo cáo của bảng kỳ trước và kỳ này (tiêu đề, tên trang tính): coi hai bảng là hai kỳ liền nhau.',
    );
  });

  test('quý IV of last year, then quý I', () => {
    const q4 = ['BÁO CÁO QUÝ IV NĂM 2025'];
    const first = ['BÁO CÁO QUÝ I NĂM 2026'];
    expect(checkCarryOver(q1({}, 'x', q4), seedQ2('y', first)).adjacency).toEqual({ kind: 'adjacent', by: 'dates' });
  });
});

describe('other forms, by role', () => {
  /** Biểu 06a (13 columns): "Từ kỳ trước" and "Số hồ sơ đang giải quyết › Tổng số". */
  test('Biểu II.06a: carried against pending total, pending split not compared', () => {
    const next = VARIANT_FIELDS;
    const before = next.map((field) => ({
      name: field.name,
      leaves: { ...zero(), online: 20 + field.leaves.carried, early: 20, inTime: field.leaves.carried },
    }));
    const previous = tableOf(form06a({ fields: before, sheetName: 'Quý I' }).grid);
    const current = tableOf(form06a({ sheetName: 'Quý II' }).grid);
    expect(checkCarryOver(previous, current)).toMatchObject({ checked: true, findings: [], compared: 6 });
    before[1].leaves.inTime -= 1;
    before[1].leaves.online -= 1;
    const broken = checkCarryOver(tableOf(form06a({ fields: before, sheetName: 'Quý I' }).grid), current);
    expect(broken.findings.map((f) => periodFindingText(f).vi)).toEqual([
      'Đất đai: kỳ trước còn 12 hồ sơ đang giải quyết (Quý I!K6), kỳ này ghi từ kỳ trước 13 (F6).',
      'Tổng cộng: kỳ trước còn 20 hồ sơ đang giải quyết (Quý I!K10), kỳ này ghi từ kỳ trước 21 (F10).',
    ]);
  });

  test('a previous quarter in the seed’s form, this one in Biểu 06a', () => {
    const previous = tableOf(
      buildAnnexGrid(
        VARIANT_FIELDS.map((f) => ({
          name: f.name,
          values: [10 + f.leaves.carried, 10 + f.leaves.carried, null, null, 10, 10, null, null, null, null, f.leaves.carried, f.leaves.carried, null, null],
        })),
        { sheetName: 'Quý I' },
      ),
    );
    expect(checkCarryOver(previous, tableOf(form06a({ sheetName: 'Quý II' }).grid))).toMatchObject({ checked: true, findings: [], compared: 6 });
  });

  test('tables in sections are matched section by section', () => {
    const sections = formSections({ subtotals: 'none', sheetName: 'Quý II' });
    const before = VARIANT_FIELDS.map((f) => ({ name: f.name, leaves: { ...zero(), online: 10 + f.leaves.carried, early: 10, inTime: f.leaves.carried } }));
    const previous = tableOf(formSections({ subtotals: 'none', fields: before, sheetName: 'Quý I' }).grid);
    const check = checkCarryOver(previous, tableOf(sections.grid));
    expect(check).toMatchObject({ checked: true, findings: [], compared: 6 });
  });
});

function zero(): Leaves {
  return { online: 0, direct: 0, carried: 0, early: 0, onTime: 0, late: 0, rejected: 0, withdrawn: 0, inTime: 0, overdue: 0, supplement: 0 };
}

describe('generated quarters built from the same dossiers', () => {
  test('every link holds, on every field and the totals', () => {
    fc.assert(
      fc.property(yearDossiersArb, (dossiers) => {
        const quarters = builtQuarters(dossiers);
        for (let i = 1; i < quarters.length; i++) {
          const check = checkCarryOver(quarters[i - 1], quarters[i]);
          expect(check.findings).toEqual([]);
          expect(check.checked).toBe(true);
          expect(check.agreed).toBe(check.compared);
        }
      }),
      { numRuns: 25 },
    );
  });

  test('a field’s (6) off by one is found exactly there, with its total', () => {
    fc.assert(
      fc.property(yearDossiersArb, fc.nat(), (dossiers, pick) => {
        const [first, second] = builtQuarters(dossiers, ['Q1', 'Q2']);
        // A field the previous quarter also has: a new field with a carried-over count is its own error (carry-over-field-new).
        const before = new Set(first.table.rows.filter((r) => r.kind === 'field').map((r) => r.label));
        const fields = second.table.rows.filter((r) => r.kind === 'field' && before.has(r.label));
        if (fields.length === 0) return;
        const row = fields[pick % fields.length].row;
        // The clerk moved a dossier from (4) to (6): this table still adds up, only the link breaks.
        const plant = (grid: PeriodTable['grid'], r: number, col: number, by: number) =>
          withCell(grid, `${String.fromCharCode(65 + col)}${r + 1}`, (grid.values[r][col] as number) + by);
        const total = second.table.rows.find((r) => r.kind === 'total')!.row;
        let grid = typed(second.grid);
        grid = plant(grid, row, 3, -1);
        grid = plant(grid, row, 5, +1);
        grid = plant(grid, total, 3, -1);
        grid = plant(grid, total, 5, +1);
        // …and the online rate of the rates row follows the totals, as Excel recomputes it.
        const online = grid.values[total][3] as number;
        const direct = grid.values[total][4] as number;
        grid = withCell(grid, `D${total + 2}`, online + direct === 0 ? 0 : online / (online + direct));
        if ((second.grid.values[row][3] as number) === 0) return;
        const broken = tableOf(grid);
        const check = checkCarryOver(first, broken);
        expect(check.findings.map((f) => [f.rule, f.rule === 'carry-over' ? f.current.map((c) => c.address) : []])).toEqual([
          ['carry-over', [`F${row + 1}`]],
          ['carry-over', [`F${total + 1}`]],
        ]);
        expect(broken.report.summary.errors).toBe(0);
      }),
      { numRuns: 25 },
    );
  });

  test('a field vanishing with dossiers pending is an error naming it', () => {
    fc.assert(
      fc.property(yearDossiersArb, (dossiers) => {
        const [first] = builtQuarters(dossiers, ['Q1']);
        const pendingField = first.table.rows.find((r) => r.kind === 'field' && (first.grid.values[r.row][12] as number) > 0);
        if (!pendingField) return;
        const without = dossiers.filter((d) => d.field !== pendingField.label);
        const grid = builtGrid(renderExports(without), 'Q2');
        if (!grid) return;
        const check = checkCarryOver(first, tableOf(grid));
        const vanished = check.findings.filter((f) => f.rule === 'carry-over-field-vanished');
        expect(vanished).toEqual([
          {
            rule: 'carry-over-field-vanished',
            severity: 'error',
            field: pendingField.label,
            previous: [{ sheet: 'Quý I', address: `M${pendingField.row + 1}` }],
            pending: first.grid.values[pendingField.row][12],
          },
        ]);
      }),
      { numRuns: 25 },
    );
  });
});
