// What a writer keeps when it opens a clerk's workbook and saves it again:
//   node round-trip-once.js WRITER IN.xlsx OUT.xlsx   → {ok, kept: {feature: boolean}, error?}
'use strict';
const fs = require('fs');
const { strFromU8, unzipSync } = require('fflate');

const WRITERS = {
  exceljs: (data) => exceljsRoundTrip(require('exceljs'), data),
  'protobi-exceljs': (data) => exceljsRoundTrip(require('@protobi/exceljs'), data),
  sheetjs: async (data) => {
    const XLSX = require('@e965/xlsx');
    const workbook = XLSX.read(data, { type: 'buffer', cellFormula: true, cellNF: true, cellStyles: true, bookVBA: true });
    return XLSX.write(workbook, { type: 'buffer', bookType: 'xlsx' });
  },
};

async function exceljsRoundTrip(ExcelJS, data) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data);
  return workbook.xlsx.writeBuffer();
}

/** The features of the fixtures, by the parts and elements that carry them. */
function features(bytes) {
  const parts = unzipSync(new Uint8Array(bytes));
  const names = Object.keys(parts);
  const text = (pattern) =>
    names
      .filter((n) => pattern.test(n))
      .map((n) => strFromU8(parts[n]))
      .join('\n');
  const sheets = text(/^xl\/worksheets\/sheet\d+\.xml$/);
  const workbook = text(/^xl\/workbook\.xml$/);
  return {
    chart: names.some((n) => /^xl\/charts\/chart\d+\.xml$/.test(n)),
    picture: names.some((n) => n.startsWith('xl/media/')),
    shape: /<(xdr:)?sp>/.test(text(/^xl\/drawings\/drawing\d+\.xml$/)),
    pivot: names.some((n) => n.startsWith('xl/pivotTables/')),
    notes: names.some((n) => /comments\d*\.xml$/.test(n)),
    validation: /<dataValidations?\b/.test(sheets),
    conditionalFormat: /<conditionalFormatting\b/.test(sheets),
    definedNames: /<definedName\b/.test(workbook),
    hiddenSheet: /state="hidden"/.test(workbook),
    cellStyles: /<numFmt\b/.test(text(/^xl\/styles\.xml$/)),
    merges: /<mergeCell\b/.test(sheets),
  };
}

async function main() {
  const [writer, input, output] = process.argv.slice(2);
  const data = fs.readFileSync(input);
  try {
    const written = await WRITERS[writer](data);
    fs.writeFileSync(output, written);
    process.stdout.write(JSON.stringify({ ok: true, before: features(data), kept: features(written) }));
  } catch (error) {
    process.stdout.write(JSON.stringify({ ok: false, error: String(error.message).slice(0, 80) }));
  }
}

main();
