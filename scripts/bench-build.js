#!/usr/bin/env node
// `npm run bench:build`: building the annex from 100,000 dossiers. Prints timings (median of
// several runs) beside the targets; never fails on speed. Needs `npm run build:cli` first.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');
const { performance } = require('perf_hooks');
const ExcelJS = require('exceljs');
const { generateDossiers, oneStopCsv, portalRows, dayOf } = require('./lib/dossier-exports');

const built = path.join(__dirname, '..', 'build', 'cli', 'src');
const { readTable, buildFromRecords } = require(path.join(built, 'core', 'build', 'index.js'));
const { parseCsv } = require(path.join(built, 'core', 'build', 'csv.js'));
const { planAnnexWorkbook } = require(path.join(built, 'core', 'build', 'plan.js'));
const { renderAnnexWorkbook } = require(path.join(built, 'i18n', 'build', 'index.js'));
const { readXlsxExport } = require(path.join(built, 'cli', 'build', 'exports.js'));
const { annexWorkbookBytes: annexWorkbookBuffer } = require(path.join(built, 'workbook', 'write', 'annex-workbook.js'));

const COUNT = 100_000;
const period = { from: dayOf(2026, 3, 15), to: dayOf(2026, 6, 14) };

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function time(runs, fn) {
  const times = [];
  let result;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    result = fn();
    times.push(performance.now() - start);
  }
  return { ms: median(times), result };
}

async function timeAsync(runs, fn) {
  const times = [];
  let result;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    result = await fn();
    times.push(performance.now() - start);
  }
  return { ms: median(times), result };
}

const line = (label, ms, target) => process.stdout.write(`${label.padEnd(58)} ${ms.toFixed(0).padStart(6)} ms${target ? `   (target < ${target} ms)` : ''}\n`);

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tthc-bench-build-'));
  const dossiers = generateDossiers({ count: COUNT, firstDay: dayOf(2026, 1, 1), lastDay: dayOf(2026, 6, 25), asOf: dayOf(2026, 6, 30), seed: 7 });
  const csvText = oneStopCsv(dossiers);
  const csvFile = path.join(dir, 'mot-cua-100k.csv');
  fs.writeFileSync(csvFile, csvText);
  process.stdout.write(`Build bench: ${COUNT.toLocaleString('en')} dossiers, CSV ${(csvText.length / 1e6).toFixed(1)} MB, node ${process.version}\n`);

  const table = { source: 'mot-cua-100k.csv', rows: parseCsv(csvText.replace(/^\uFEFF/, '')) };
  const read = readTable(table);
  time(2, () => buildFromRecords(read.records, { period })); // warm-up
  const aggregation = time(7, () => buildFromRecords(read.records, { period }));
  line('aggregation (merge, classify, count) of 100,000 records', aggregation.ms, 500);
  line('CSV parse of 100,000 rows', time(5, () => parseCsv(csvText)).ms);
  line('read + normalise 100,000 rows (header, dates, statuses)', time(5, () => readTable(table)).ms);

  const plan = planAnnexWorkbook({ tables: [table], period, titleLines: [], annexName: 'Phụ lục' });
  if (!plan.ready) throw new Error(`the bench export cannot be built: ${plan.reason}`);
  const result = plan.result;
  const names = { annex: 'Phụ lục', detail: 'Chi tiết', summary: 'Tóm tắt' };
  // Rows are produced lazily: each timed write renders its workbook afresh.
  const workbookInput = () => ({ ...renderAnnexWorkbook(plan, 'vi', names), printTitle: 'bench' });
  const write = await timeAsync(3, () => annexWorkbookBuffer(workbookInput()));
  line(`write annex .xlsx with ${result.dossiers.length.toLocaleString('en')} detail rows`, write.ms);

  const xlsxFile = path.join(dir, 'dvcqg-100k.xlsx');
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: xlsxFile, useStyles: true });
  const sheet = writer.addWorksheet('DanhSachHoSo');
  const { header, rows } = portalRows(dossiers);
  sheet.addRow(header).commit();
  for (const values of rows) {
    sheet.addRow(values.map((v) => (v && typeof v === 'object' ? new Date(Math.round((v.date - 25569) * 86400000)) : v))).commit();
  }
  sheet.commit();
  await writer.commit();
  const xlsxRead = await timeAsync(3, () => readXlsxExport(xlsxFile));
  line('read a 100,000-row .xlsx export (exceljs streaming)', xlsxRead.ms);

  const cli = path.join(__dirname, '..', 'bin', 'tthc-report.js');
  const out = path.join(dir, 'annex.xlsx');
  const runs = [];
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    execFileSync(process.execPath, [cli, 'build', csvFile, '--from', '15/3/2026', '--to', '14/6/2026', '--out', out], { stdio: 'ignore' });
    runs.push(performance.now() - start);
  }
  line('CLI end to end: 100,000 CSV rows → annex .xlsx (wall time)', median(runs), 2000);
  fs.rmSync(dir, { recursive: true, force: true });
}

main().catch((error) => {
  process.stderr.write(`${error.stack}\n`);
  process.exitCode = 1;
});
