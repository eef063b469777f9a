// Child process for build-timezone.test.ts: runs the build under the TZ it was started with and
// prints what it produced as JSON. TypeScript sources are transpiled on the fly (no type check).
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const ts = require('typescript');
const ExcelJS = require('exceljs');

require.extensions['.ts'] = (module, filename) => {
  const { outputText } = ts.transpileModule(fs.readFileSync(filename, 'utf8'), {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020, esModuleInterop: true },
    fileName: filename,
  });
  module._compile(outputText, filename);
};

const root = path.join(__dirname, '..', '..');
const { buildAnnexData } = require(path.join(root, 'src/core/build/build.ts'));
const { ONE_STOP, PORTAL, PERIOD } = require(path.join(root, 'test/core/build/scenario.ts'));
const { run } = require(path.join(root, 'src/cli/commands/build.ts'));

async function main() {
  const scenario = buildAnnexData([ONE_STOP, PORTAL], { period: PERIOD });
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'tthc-tz-')), 'annex.xlsx');
  const samples = path.join(root, 'assets', 'samples');
  const io = { stdout: () => {}, stderr: (text) => process.stderr.write(`${text}\n`) };
  const code = await run(
    [
      path.join(samples, 'ho-so-mot-cua-quy-II-2026.csv'),
      path.join(samples, 'ho-so-dvcqg-quy-II-2026.xlsx'),
      '--from',
      '15/3/2026',
      '--to',
      '14/6/2026',
      '--out',
      out,
    ],
    io,
  );
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(out);
  const plain = (value) => (value instanceof Date ? value.toISOString() : value && typeof value === 'object' && 'result' in value ? value.result : value);
  const sheetValues = (sheet) => sheet.getSheetValues().map((row) => (row ? row.map(plain) : row));
  process.stdout.write(
    JSON.stringify({
      zoneOffset: new Date(2026, 0, 15).getTimezoneOffset(),
      scenario: { fields: scenario.fields, leaves: scenario.dossiers.map((d) => [d.record.code, d.record.received, d.receivedLeaf, d.resultLeaf]) },
      cli: { code, annex: sheetValues(workbook.worksheets[0]), detail: sheetValues(workbook.worksheets[1]) },
    }),
  );
}

main().catch((error) => {
  process.stderr.write(`${error.stack}\n`);
  process.exitCode = 1;
});
