// Browser bundle size of each reader: a one-line entry that reads a workbook, built with webpack
// in production mode (minified), every emitted chunk gzipped. The adopted reader's lazy SheetJS
// chunk (.xls/.ods/.et only) is reported apart from what an .xlsx read loads.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const zlib = require('zlib');
const webpack = require('webpack');

const ROOT = path.join(__dirname, '..', '..');

const ENTRIES = {
  adopted: `import { readWorkbook } from '${path.join(ROOT, 'src', 'workbook').replace(/\\/g, '/')}';\nwindow.read = (b) => readWorkbook(b);\n`,
  exceljs: `import ExcelJS from 'exceljs';\nwindow.read = (b) => new ExcelJS.Workbook().xlsx.load(b);\n`,
  'protobi-exceljs': `import ExcelJS from '@protobi/exceljs';\nwindow.read = (b) => new ExcelJS.Workbook().xlsx.load(b);\n`,
  sheetjs: `import * as XLSX from '@e965/xlsx';\nwindow.read = (b) => XLSX.read(b, { type: 'array' });\n`,
};

function build(name, dir) {
  const entry = path.join(dir, `${name}.js`);
  fs.writeFileSync(entry, ENTRIES[name]);
  const out = path.join(dir, `out-${name}`);
  const config = {
    mode: 'production',
    target: 'web',
    entry,
    output: { path: out, filename: 'main.js', chunkFilename: '[name].js' },
    resolve: {
      extensions: ['.ts', '.js', '.mjs'],
      modules: [path.join(ROOT, 'node_modules'), ...(process.env.NODE_PATH || '').split(path.delimiter).filter(Boolean)],
      fallback: { fs: false, path: false, stream: false, crypto: false },
    },
    module: {
      rules: [
        {
          test: /\.ts$/,
          loader: require.resolve('ts-loader'),
          options: { transpileOnly: true, onlyCompileBundledFiles: true, configFile: path.join(ROOT, 'tsconfig.json'), compilerOptions: { module: 'esnext' } },
        },
      ],
    },
    performance: { hints: false },
    stats: 'errors-only',
  };
  return new Promise((resolve) => {
    webpack(config, (error, stats) => {
      if (error || stats.hasErrors())
        return resolve({
          name,
          error: String(error || stats.toJson().errors[0].message)
            .split('\n')[0]
            .slice(0, 90),
        });
      const chunks = fs
        .readdirSync(out)
        .filter((f) => f.endsWith('.js'))
        .map((file) => {
          const data = fs.readFileSync(path.join(out, file));
          return { file, bytes: data.length, gzip: zlib.gzipSync(data, { level: 9 }).length };
        });
      resolve({ name, chunks });
    });
  });
}

async function measureBundles(names) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tthc-bundles-'));
  const results = [];
  for (const name of names) results.push(await build(name, dir));
  fs.rmSync(dir, { recursive: true, force: true });
  return results;
}

module.exports = { measureBundles };
