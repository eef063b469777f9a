#!/usr/bin/env node
// Prints what the task pane loads first (the scripts taskpane.html references) and the lazy chunks,
// minified and gzipped. Run after `npm run build`: npm run size
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const DIST = path.join(__dirname, '..', 'dist');
const LIMIT = 250 * 1000;

function sizes(file) {
  const data = fs.readFileSync(path.join(DIST, file));
  return { file, bytes: data.length, gzip: zlib.gzipSync(data, { level: 9 }).length };
}
const kb = (n) => `${(n / 1000).toFixed(1)} KB`;

if (!fs.existsSync(path.join(DIST, 'taskpane.html'))) {
  console.error('dist/taskpane.html is missing: run npm run build first.');
  process.exit(2);
}
const html = fs.readFileSync(path.join(DIST, 'taskpane.html'), 'utf8');
const initial = [...html.matchAll(/<script[^>]*\bsrc="?([^" >]+)"?/g)].map((m) => m[1]).filter((src) => !/^https?:/.test(src));
const lazy = fs.readdirSync(DIST).filter((f) => f.endsWith('.js') && !initial.includes(f) && f !== 'commands.js');
let total = 0;
console.log('Initial task-pane JavaScript:');
for (const s of initial.map(sizes)) {
  total += s.bytes;
  console.log(`  ${s.file.padEnd(28)} ${kb(s.bytes).padStart(10)} minified, ${kb(s.gzip).padStart(9)} gzipped`);
}
console.log(`  total ${kb(total)} (limit ${kb(LIMIT)})`);
if (lazy.length) {
  console.log('Lazy chunks (loaded on demand):');
  for (const s of lazy.map(sizes)) console.log(`  ${s.file.padEnd(28)} ${kb(s.bytes).padStart(10)} minified, ${kb(s.gzip).padStart(9)} gzipped`);
}

// The standalone page carries everything inline (exceljs, docx, SheetJS): no limit, reported.
const STANDALONE = path.join('standalone', 'tthc-report.html');
if (fs.existsSync(path.join(DIST, STANDALONE))) {
  const s = sizes(STANDALONE);
  console.log('Standalone page (one file, everything inline; not limited):');
  console.log(`  ${s.file.padEnd(28)} ${kb(s.bytes).padStart(10)}, ${kb(s.gzip).padStart(9)} gzipped`);
  const timing = path.join(DIST, 'standalone', 'timing.json');
  if (fs.existsSync(timing)) {
    const t = JSON.parse(fs.readFileSync(timing, 'utf8'));
    console.log(
      `  open + validate ${t.sample}: ${t.openAndValidateMs} ms (goal < ${t.goalMs} ms; measured by test/e2e/standalone.e2e.test.ts on ${t.measuredAt})`,
    );
  } else {
    console.log('  open + validate: not measured yet (run npx jest test/e2e/standalone.e2e.test.ts)');
  }
}
process.exitCode = total < LIMIT ? 0 : 1;
