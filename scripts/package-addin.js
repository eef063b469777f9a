#!/usr/bin/env node
// `ADDIN_BASE_URL=https://your.host/tthc/ npm run package`: builds the add-in and writes
// dist-package/tthc-report-addin.zip — every file of dist/, with a manifest.xml whose URLs point at
// ADDIN_BASE_URL — ready to upload to any static https host (README: "Deploying the add-in").
// Options (for tests): --no-build (zip dist/ as it is), --dist DIR, --out FILE.
'use strict';
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');
const { zipSync } = require('fflate');

const ROOT = path.join(__dirname, '..');

function fail(message) {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

function option(name, fallback) {
  const at = process.argv.indexOf(name);
  return at >= 0 && process.argv[at + 1] ? path.resolve(process.argv[at + 1]) : fallback;
}

function checkedBaseUrl(raw) {
  if (!raw)
    fail(
      'ADDIN_BASE_URL chưa được đặt: hãy cho biết địa chỉ https nơi sẽ đặt bổ trợ, ví dụ ADDIN_BASE_URL=https://may-chu.xa.gov.vn/tthc/ npm run package\nADDIN_BASE_URL is not set: give the https address the add-in will be served from.',
    );
  let url;
  try {
    url = new URL(raw);
  } catch {
    fail(`ADDIN_BASE_URL không phải địa chỉ hợp lệ / is not a valid URL: ${raw}`);
  }
  if (url.protocol !== 'https:') fail(`ADDIN_BASE_URL phải bắt đầu bằng https:// (Office chỉ tải bổ trợ qua https) / must be https: ${raw}`);
  if (url.search || url.hash) fail(`ADDIN_BASE_URL không được có ? hoặc # / must have no query or fragment: ${raw}`);
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

function filesUnder(dir, prefix = '') {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const relative = prefix + entry.name;
    return entry.isDirectory() ? filesUnder(path.join(dir, entry.name), `${relative}/`) : [relative];
  });
}

function main() {
  const base = checkedBaseUrl(process.env.ADDIN_BASE_URL);
  const dist = option('--dist', path.join(ROOT, 'dist'));
  const out = option('--out', path.join(ROOT, 'dist-package', 'tthc-report-addin.zip'));
  if (!process.argv.includes('--no-build')) {
    const build = spawnSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ADDIN_BASE_URL: base } });
    if (build.status !== 0) fail('npm run build failed');
  }
  if (!fs.existsSync(path.join(dist, 'taskpane.html'))) fail(`${dist} has no taskpane.html: run npm run build first`);
  // The manifest is made from the source, so the zip points at ADDIN_BASE_URL however dist/ was built.
  const { manifestTransform } = require(path.join(ROOT, 'webpack.config.js'));
  process.env.ADDIN_BASE_URL = base;
  const files = {};
  for (const name of filesUnder(dist).sort()) {
    if (/^manifest.*\.xml$/.test(name)) continue;
    files[name] = new Uint8Array(fs.readFileSync(path.join(dist, name)));
  }
  const manifest = manifestTransform(fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8'));
  if (manifest.includes('localhost')) fail('manifest.xml still points at localhost');
  files['manifest.xml'] = new TextEncoder().encode(manifest);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, zipSync(files, { level: 9 }));
  process.stdout.write(`${path.relative(process.cwd(), out) || out}: ${Object.keys(files).length} files, manifest.xml → ${base}\n`);
}

main();
