#!/usr/bin/env node
// Writes the adversarial corpus: test/corpus/files/*.xlsx and test/corpus/expected.json.
// Every layout gets a consistent table and planted mistakes; the expectations come from the plants
// and the form's identities (lib/oracle.js), never from the validator.
//   node test/corpus/make-corpus.js
'use strict';
const fs = require('fs');
const path = require('path');
const ExcelJS = require('exceljs');
// exceljs's own zip library: used again to give every zip entry a fixed date (exceljs stamps the
// time of writing), so that running the script again leaves the committed files unchanged.
const JSZip = require('jszip');
const { buildTable } = require('./lib/table');
const { renderTable } = require('./lib/render');
const { expectationOf } = require('./lib/oracle');
const { seedCases } = require('./lib/cases-seed');
const { bieu06aCases } = require('./lib/cases-bieu06a');
const { formCases } = require('./lib/cases-forms');

const FILES = path.join(__dirname, 'files');
// Fixed document times: the same corpus gives the same bytes on every run.
const WRITTEN = new Date(Date.UTC(2026, 5, 20, 8, 0, 0));

async function writeFile(table, file) {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Bộ phận Một cửa';
  workbook.created = WRITTEN;
  workbook.modified = WRITTEN;
  renderTable(workbook, table);
  const written = await JSZip.loadAsync(await workbook.xlsx.writeBuffer());
  const stable = new JSZip();
  for (const entry of Object.values(written.files)) {
    if (!entry.dir) stable.file(entry.name, await entry.async('nodebuffer'), { date: WRITTEN, createFolders: false });
  }
  fs.writeFileSync(file, await stable.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
}

async function main() {
  fs.mkdirSync(FILES, { recursive: true });
  for (const old of fs.readdirSync(FILES)) if (old.endsWith('.xlsx')) fs.unlinkSync(path.join(FILES, old));
  const expected = {};
  for (const layout of [...seedCases(), ...bieu06aCases(), ...formCases()]) {
    for (const plant of layout.plants) {
      const name = `${layout.id}--${plant.id}`;
      const spec = plant.spec ? plant.spec(layout.spec) : layout.spec;
      const table = buildTable({ ...spec, name, verdict: plant.verdict, warnings: plant.warnings, open: plant.open });
      const planted = plant.apply(table);
      await writeFile(table, path.join(FILES, `${name}.xlsx`));
      expected[`${name}.xlsx`] = { layout: layout.about, planted, ...expectationOf(table) };
    }
  }
  fs.writeFileSync(path.join(__dirname, 'expected.json'), `${JSON.stringify(expected, null, 2)}\n`);
  process.stdout.write(`${Object.keys(expected).length} workbooks in ${path.relative(process.cwd(), FILES)}\n`);
}

main().catch((error) => {
  process.stderr.write(`${error.stack}\n`);
  process.exitCode = 1;
});
