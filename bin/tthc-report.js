#!/usr/bin/env node
'use strict';
// Runs the compiled CLI (built by `npm run build:cli`, which `npm ci` runs through `prepare`).
const path = require('path');
const fs = require('fs');
const entry = path.join(__dirname, '..', 'build', 'cli', 'src', 'cli', 'main.js');
if (!fs.existsSync(entry)) {
  process.stderr.write('tthc-report: the CLI is not built yet — run `npm run build:cli` (npm ci does it for you).\n');
  process.exit(2);
}
// `tthc-report … | head`: a reader that stops early is not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode || 0);
    throw error;
  });
}
require(entry)
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
