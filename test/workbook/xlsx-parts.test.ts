// The .xlsx reader on packages written part by part from ECMA-376, for what the LibreOffice
// fixtures do not hold: every cell type, shared formulas, repeated merged values, 1904 dates,
// hidden rows, prefixed and strict namespaces, chart sheets.
import { strToU8, zipSync } from 'fflate';
import { readWorkbook, type WorkbookSheet } from '../../src/workbook';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

interface PackageOptions {
  sheets: Array<{ name: string; xml: string; state?: string; chart?: boolean }>;
  sharedStrings?: string[] | string;
  styles?: string;
  workbookPr?: string;
  prefix?: string;
  mainNamespace?: string;
}

function xlsx({ sheets, sharedStrings, styles, workbookPr = '', prefix = '', mainNamespace = MAIN }: PackageOptions): Uint8Array {
  const p = prefix ? `${prefix}:` : '';
  const ns = prefix ? `xmlns:${prefix}="${mainNamespace}"` : `xmlns="${mainNamespace}"`;
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    '_rels/.rels': strToU8(
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    'xl/workbook.xml': strToU8(
      `<?xml version="1.0"?><${p}workbook ${ns} xmlns:r="${REL}">${workbookPr}<${p}sheets>` +
        sheets.map((s, i) => `<${p}sheet name="${s.name}" sheetId="${i + 1}" r:id="rId${i + 1}"${s.state ? ` state="${s.state}"` : ''}/>`).join('') +
        `</${p}sheets></${p}workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        sheets
          .map(
            (s, i) =>
              `<Relationship Id="rId${i + 1}" Type="${REL}/${s.chart ? 'chartsheet' : 'worksheet'}" Target="${s.chart ? 'chartsheets' : 'worksheets'}/sheet${i + 1}.xml"/>`,
          )
          .join('') +
        `<Relationship Id="rS" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rT" Type="${REL}/styles" Target="/xl/styles.xml"/></Relationships>`,
    ),
  };
  sheets.forEach((s, i) => {
    files[`xl/${s.chart ? 'chartsheets' : 'worksheets'}/sheet${i + 1}.xml`] = strToU8(`<?xml version="1.0"?><${p}worksheet ${ns}>${s.xml}</${p}worksheet>`);
  });
  if (sharedStrings !== undefined) {
    const items = typeof sharedStrings === 'string' ? sharedStrings : sharedStrings.map((t) => `<si><t>${t}</t></si>`).join('');
    files['xl/sharedStrings.xml'] = strToU8(`<sst xmlns="${MAIN}">${items}</sst>`);
  }
  if (styles !== undefined) files['xl/styles.xml'] = strToU8(`<styleSheet xmlns="${MAIN}">${styles}</styleSheet>`);
  return zipSync(files);
}

async function sheetsOf(options: PackageOptions): Promise<WorkbookSheet[]> {
  const workbook = await readWorkbook(xlsx(options));
  expect(workbook.format).toBe('xlsx');
  return workbook.sheets;
}

const one = async (xml: string, extra: Partial<PackageOptions> = {}) => (await sheetsOf({ sheets: [{ name: 'Phụ lục', xml }], ...extra }))[0];

describe('cell values as Excel shows them', () => {
  it('reads every cell type: shared, inline and rich strings, numbers, booleans, errors, ISO dates', async () => {
    const sheet = await one(
      '<sheetData><row r="1">' +
        '<c r="A1" t="s"><v>0</v></c>' +
        '<c r="B1" t="s"><v>1</v></c>' +
        '<c r="C1" t="inlineStr"><is><r><t>Hộ </t></r><r><rPr><b/></rPr><t>tịch</t></r></is></c>' +
        '<c r="D1"><v>1066</v></c>' +
        '<c r="E1" t="b"><v>1</v></c>' +
        '<c r="F1" t="e"><v>#REF!</v></c>' +
        '<c r="G1" t="d"><v>2026-06-14T00:00:00</v></c>' +
        '<c r="H1"><v>0</v></c>' +
        '<c r="I1" t="n"/>' +
        '</row></sheetData>',
      { sharedStrings: '<si><t>Tổng &amp; cộng</t></si><si><r><t>Chứng </t></r><r><t>thực</t></r><rPh sb="0" eb="1"><t>チ</t></rPh></si>' },
    );
    expect(sheet.values).toEqual([['Tổng & cộng', 'Chứng thực', 'Hộ tịch', 1066, true, { error: '#REF!' }, 46187, 0]]);
  });

  it('keeps a formula with its cached result, a cached 0 and a cached empty text; lists uncached formulas', async () => {
    const sheet = await one(
      '<sheetData><row r="5"><c r="C5"><f>SUM(D5:F5)</f><v>0</v></c><c r="D5" t="str"><f>IF(E5=0,"",E5)</f><v></v></c><c r="E5"><f>D5*2</f></c></row></sheetData>',
    );
    expect(sheet.values[4]).toEqual([null, null, 0, '', null]);
    expect(sheet.formulas![4]).toEqual([null, null, '=SUM(D5:F5)', '=IF(E5=0,"",E5)', '=D5*2']);
    expect(sheet.uncached).toEqual([{ row: 4, col: 4 }]);
  });

  it('moves a shared formula to each cell of its group, relative references only', async () => {
    const sheet = await one(
      '<sheetData>' +
        '<row r="5"><c r="C5"><f t="shared" ref="C5:C7" si="0">SUM(D5:$F5)+$B$1+"D5"</f><v>1</v></c></row>' +
        '<row r="6"><c r="C6"><f t="shared" si="0"/><v>2</v></c></row>' +
        '<row r="7"><c r="C7"><f t="shared" si="0"/><v>3</v></c><c r="D7"><f t="shared" ref="D7:E7" si="1">\'Quý I\'!D7*LOG10(10)</f><v>4</v></c><c r="E7"><f t="shared" si="1"/><v>5</v></c></row>' +
        '</sheetData>',
    );
    expect(sheet.formulas!.map((row) => row.filter(Boolean))).toEqual([
      [],
      [],
      [],
      [],
      ['=SUM(D5:$F5)+$B$1+"D5"'],
      ['=SUM(D6:$F6)+$B$1+"D5"'],
      ['=SUM(D7:$F7)+$B$1+"D5"', "='Quý I'!D7*LOG10(10)", "='Quý I'!E7*LOG10(10)"],
    ]);
  });

  it('shows a merged area’s value in its top-left cell only, even when the writer repeated it', async () => {
    const sheet = await one(
      '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Số lượng hồ sơ</t></is></c><c r="B1" t="inlineStr"><is><t>Số lượng hồ sơ</t></is></c><c r="C1"><v>7</v></c></row>' +
        '<row r="2"><c r="A2" t="inlineStr"><is><t>Số lượng hồ sơ</t></is></c></row></sheetData><mergeCells count="1"><mergeCell ref="A1:B2"/></mergeCells>',
    );
    expect(sheet.values).toEqual([
      ['Số lượng hồ sơ', null, 7],
      [null, null, null],
    ]);
    expect(sheet.merges).toEqual([{ top: 0, left: 0, bottom: 1, right: 1 }]);
  });

  it('places cells written without r attributes in order, and skips empty styled cells', async () => {
    const sheet = await one(
      '<sheetData><row><c><v>1</v></c><c><v>2</v></c></row><row><c s="0"/><c><v>3</v></c></row><row r="9"><c r="Z9" s="0"/></row></sheetData>',
    );
    expect(sheet.values).toEqual([
      [1, 2],
      [null, 3],
    ]);
  });
});

describe('number formats, dates and visibility', () => {
  const styles =
    '<numFmts count="3"><numFmt numFmtId="164" formatCode="0.0\\%"/><numFmt numFmtId="165" formatCode="0.0&quot;%&quot;"/><numFmt numFmtId="166" formatCode="dd/mm/yyyy"/></numFmts>' +
    '<cellStyleXfs count="1"><xf numFmtId="10"/></cellStyleXfs>' +
    '<cellXfs count="6"><xf numFmtId="0"/><xf numFmtId="3"/><xf numFmtId="10"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="166"/></cellXfs>';

  it('gives built-in and custom codes; a literal "\\%" becomes "%" in quotes; General is null', async () => {
    const sheet = await one(
      '<sheetData><row r="1"><c r="A1" s="0"><v>1</v></c><c r="B1" s="1"><v>1066</v></c><c r="C1" s="2"><v>0.984</v></c><c r="D1" s="3"><v>98.4</v></c><c r="E1" s="4"><v>98.4</v></c></row></sheetData>',
      { styles },
    );
    expect(sheet.numberFormats![0]).toEqual([null, '#,##0', '0.00%', '0.0"%"', '0.0"%"']);
  });

  it('counts dates of a 1904 workbook from 1900, as Windows Excel does', async () => {
    const xml = '<sheetData><row r="1"><c r="A1" s="5"><v>44725</v></c><c r="B1" s="1"><v>44725</v></c></row></sheetData>';
    expect((await one(xml, { styles, workbookPr: '<workbookPr date1904="1"/>' })).values[0]).toEqual([46187, 44725]);
    expect((await one(xml, { styles })).values[0]).toEqual([44725, 44725]);
  });

  it('reads sheet visibility and hidden rows; leaves chart sheets out', async () => {
    const sheets = await sheetsOf({
      sheets: [
        { name: 'Phụ lục', xml: '<sheetData><row r="1"><c r="A1"><v>1</v></c></row><row r="3" hidden="1"><c r="A3"><v>3</v></c></row></sheetData>' },
        { name: 'Biểu đồ', xml: '<sheetPr/>', chart: true },
        { name: 'Mẫu', xml: '<sheetData/>', state: 'hidden' },
        { name: 'Tra cứu', xml: '<sheetData/>', state: 'veryHidden' },
      ],
    });
    expect(sheets.map((s) => [s.sheetName, s.visibility, s.hidden ?? false, s.hiddenRows])).toEqual([
      ['Phụ lục', 'visible', false, [2]],
      ['Mẫu', 'hidden', true, []],
      ['Tra cứu', 'veryHidden', true, []],
    ]);
  });

  it('reads parts written with a namespace prefix (x:) and in Strict OOXML', async () => {
    const xml = '<x:sheetData><x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c></x:row></x:sheetData>';
    expect((await one(xml, { prefix: 'x', sharedStrings: ['Tổng cộng'] })).values).toEqual([['Tổng cộng']]);
    const strict = await one('<sheetData><row r="1"><c r="B1"><v>5</v></c></row></sheetData>', {
      mainNamespace: 'http://purl.oclc.org/ooxml/spreadsheetml/main',
    });
    expect(strict.values).toEqual([[null, 5]]);
  });
});

describe('a package that is not a readable workbook', () => {
  it('calls a sheet part cut off in the middle damaged, never short', async () => {
    const bytes = xlsx({ sheets: [{ name: 'A', xml: '<sheetData><row r="1"><c r="A1"><v>1</v></c></row>' }] });
    await expect(readWorkbook(bytes)).rejects.toMatchObject({ problem: { kind: 'damaged', format: 'xlsx' } });
  });

  it('names a Word document and an Excel binary workbook for what they are', async () => {
    await expect(readWorkbook(zipSync({ 'word/document.xml': strToU8('<w:document/>') }))).rejects.toMatchObject({ problem: { kind: 'other-office' } });
    await expect(readWorkbook(zipSync({ 'xl/workbook.bin': new Uint8Array([1, 2]) }))).rejects.toMatchObject({ problem: { kind: 'xlsb' } });
  });
});

describe('a sheet with a stray value far from the table', () => {
  it('reads 20,000 rows with one value in column XFD without building billions of cells', async () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c></row>`).join('');
    const sheet = await one(`<sheetData>${rows}<row r="20001"><c r="XFD20001" t="inlineStr"><is><t> </t></is></c></row></sheetData>`);
    expect(sheet.values).toHaveLength(20_001);
    expect(sheet.values[19_999]).toEqual([19_999]);
    expect(sheet.values[20_000][16_383]).toBe(' ');
    expect(sheet.values[20_000]).toHaveLength(16_384);
  });
});
