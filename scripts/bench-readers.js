#!/usr/bin/env node
// `npm run bench` (after bench.js): the spreadsheet readers measured on the same files, each
// measurement in a fresh child process. Prints:
//  - read time and peak memory (max RSS) on the seed's annex plus 100,000 unrelated rows;
//  - the engine's time and memory after the adopted reader, as ratios to the exceljs read (issue 11);
//  - which fixture workbooks each reader reads (charts, pictures, pivots, .xls, .ods, passwords…);
//  - browser bundle size (webpack, minified + gzip) and what each writer keeps on a round trip.
// Candidates not installed (@protobi/exceljs) are skipped with a note: add them with
// `npm i --no-save @protobi/exceljs` to compare. Never fails on speed. Flags: --quick (1 run,
// no bundles), --no-bundles.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');
const { writeBigAnnex } = require('./lib/big-annex');
const { measureBundles } = require('./lib/reader-bundles');

const ROOT = path.join(__dirname, '..');
const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'workbooks');
const quick = process.argv.includes('--quick');
const RUNS = quick ? 1 : 3;

function installed(name) {
  try {
    require.resolve(name, { paths: [ROOT, ...(process.env.NODE_PATH || '').split(path.delimiter).filter(Boolean)] });
    return true;
  } catch {
    return false;
  }
}

const CANDIDATES = [
  { name: 'adopted', label: 'adopted: own .xlsx reader (fflate) + SheetJS for .xls/.ods', module: 'fflate' },
  { name: 'exceljs', label: 'exceljs 4.4.0', module: 'exceljs' },
  { name: 'protobi-exceljs', label: '@protobi/exceljs', module: '@protobi/exceljs' },
  { name: 'sheetjs', label: 'SheetJS CE (@e965/xlsx, dense)', module: '@e965/xlsx' },
];
const available = CANDIDATES.filter((c) => installed(c.module));
for (const c of CANDIDATES.filter((c) => !available.includes(c))) console.log(`(${c.label} is not installed: npm i --no-save ${c.module} to include it)`);

function once(...args) {
  return JSON.parse(execFileSync(process.execPath, [path.join(__dirname, 'lib', 'read-once.js'), ...args], { encoding: 'utf8', maxBuffer: 1 << 26 }));
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function measure(reader, file, flag) {
  const runs = Array.from({ length: RUNS }, () => once(reader, file, ...(flag ? [flag] : [])));
  const failed = runs.find((r) => !r.ok);
  if (failed) return { error: failed.error };
  return {
    ms: median(runs.map((r) => r.ms)),
    cpuMs: median(runs.map((r) => r.cpuMs)),
    rss: median(runs.map((r) => r.maxRssMb)),
    validateMs: flag ? median(runs.map((r) => r.validateMs)) : undefined,
    found: runs[0].found,
  };
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tthc-readers-'));
const big = writeBigAnnex(path.join(dir, 'annex-plus-100000-rows.xlsx'));
console.log(`\nReaders on the annex plus 100,000 unrelated rows (${(fs.statSync(big).size / 1e6).toFixed(1)} MB), median of ${RUNS} fresh processes:`);
const reads = {};
for (const c of available) {
  const m = (reads[c.name] = measure(c.name, big));
  console.log(
    `  ${c.label.padEnd(58)} ${m.error ? `fails: ${m.error}` : `${m.ms.toFixed(0).padStart(6)} ms (${m.cpuMs.toFixed(0).padStart(5)} ms CPU)  ${m.rss.toFixed(0).padStart(5)} MB max RSS`}`,
  );
}
const withEngine = measure('adopted', big, '--validate');
const excel = reads.exceljs;
if (!withEngine.error && excel && !excel.error) {
  console.log(
    `  adopted read + validate: ${withEngine.ms.toFixed(0)} ms read, ${withEngine.validateMs.toFixed(0)} ms engine (table ${withEngine.found}), ${withEngine.rss.toFixed(0)} MB max RSS`,
  );
  console.log(
    `  ratios: adopted read / exceljs read = ${(reads.adopted.ms / excel.ms).toFixed(2)} time (${(reads.adopted.cpuMs / excel.cpuMs).toFixed(2)} CPU), ${(reads.adopted.rss / excel.rss).toFixed(2)} memory`,
  );
  console.log(
    `          engine time / exceljs read time = ${(withEngine.validateMs / excel.ms).toFixed(2)} (issue 11 target ≤ 0.5); max RSS read + validate / read only = ${(withEngine.rss / reads.adopted.rss).toFixed(2)} (target ≤ 1.5)`,
  );
}

const fixtures = fs
  .readdirSync(FIXTURES)
  .sort()
  .map((f) => path.join(FIXTURES, f));
const etCopy = path.join(dir, 'lo-everything.et');
fs.copyFileSync(path.join(FIXTURES, 'lo-everything.xls'), etCopy);
fixtures.push(etCopy);
console.log('\nWhich fixture workbooks each reader reads (test/fixtures/workbooks; ✓ read, ✗ error):');
const table = available.map((c) => ({ c, results: once(c.name, '--each', ...fixtures) }));
console.log(`  ${'file'.padEnd(38)} ${available.map((c) => c.name.padEnd(16)).join('')}`);
fixtures.forEach((file, i) => {
  console.log(
    `  ${path.basename(file).padEnd(38)} ${table.map(({ results }) => (results[i].ok ? '✓' : `✗ ${results[i].error.slice(0, 13)}`).padEnd(16)).join('')}`,
  );
});

console.log('\nRound trip (open lo-everything.xlsx, save, look at what the copy still holds):');
const writers = available.filter((c) => c.name !== 'adopted');
for (const source of ['lo-everything.xlsx', 'ooxml-chart-user-shapes.xlsx']) {
  for (const c of writers) {
    const out = path.join(dir, `${c.name}-${source}`);
    const result = JSON.parse(
      execFileSync(process.execPath, [path.join(__dirname, 'lib', 'round-trip-once.js'), c.name, path.join(FIXTURES, source), out], { encoding: 'utf8' }),
    );
    if (!result.ok) {
      console.log(`  ${source} · ${c.label}: fails: ${result.error}`);
      continue;
    }
    const lost = Object.keys(result.before).filter((k) => result.before[k] && !result.kept[k]);
    console.log(`  ${source} · ${c.label}: ${lost.length ? `drops ${lost.join(', ')}` : 'keeps every feature checked'}`);
  }
}
console.log("  adopted reader: reads only (no writer); exceljs stays the build's writer.");

if (!quick && !process.argv.includes('--no-bundles')) {
  console.log('\nBrowser bundle (webpack production, minified + gzip):');
  measureBundles(available.map((c) => c.name)).then((results) => {
    for (const r of results) {
      if (r.error) {
        console.log(`  ${r.name.padEnd(16)} fails to bundle: ${r.error}`);
        continue;
      }
      const kb = (n) => `${(n / 1000).toFixed(0)} KB`;
      const sum = (key) => r.chunks.reduce((s, c) => s + c[key], 0);
      const main = r.chunks.find((c) => c.file === 'main.js');
      const lazy = r.chunks.filter((c) => c.file !== 'main.js');
      console.log(
        `  ${r.name.padEnd(16)} ${kb(sum('bytes')).padStart(8)} min ${kb(sum('gzip')).padStart(7)} gzip${lazy.length ? `  (.xlsx read loads ${kb(main.gzip)} gzip; ${lazy.map((c) => `${c.file} ${kb(c.gzip)}`).join(', ')} on demand)` : ''}`,
      );
    }
    fs.rmSync(dir, { recursive: true, force: true });
  });
} else {
  fs.rmSync(dir, { recursive: true, force: true });
}
