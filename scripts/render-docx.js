#!/usr/bin/env node
// `npm run render-docx [-- FILE.docx] [--out DIR]`: turns a .docx into PNG pages (LibreOffice →
// PDF → pdftoppm) so its layout can be looked at. Without a file it first writes the report of
// the sample workbook (quarter II 2026) with `tthc-report report`. Not part of `npm test`.
'use strict';
const { execFileSync, spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const root = path.join(__dirname, '..');

function parseArgs(argv) {
  const options = { file: null, out: path.join(root, 'build', 'render') };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--out') options.out = path.resolve(argv[++i] ?? options.out);
    else if (argv[i] === '--help' || argv[i] === '-h') options.help = true;
    else options.file = path.resolve(argv[i]);
  }
  return options;
}

function has(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

async function sampleReport(out) {
  const { run } = require(path.join(root, 'build', 'cli', 'src', 'cli', 'commands', 'report.js'));
  const file = path.join(out, 'bao-cao-tthc-quy-II-2026.docx');
  const args = [path.join(root, 'assets', 'samples', 'phu-luc-quy-II-2026.xlsx'), '--quarter', 'II', '--year', '2026', '--unit', 'xã An Phú', '--out', file];
  const code = await run(args);
  if (code !== 0) throw new Error(`tthc-report report exited with ${code}`);
  return file;
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  if (options.help) {
    process.stdout.write('npm run render-docx [-- FILE.docx] [--out DIR]   (default: the sample report, into build/render/)\n');
    return;
  }
  const office = ['libreoffice', 'soffice'].find(has);
  if (!office || !has('pdftoppm')) {
    process.stderr.write(
      'render-docx needs LibreOffice (libreoffice/soffice) and pdftoppm (poppler-utils): apt-get install -y libreoffice-writer poppler-utils\n',
    );
    process.exitCode = 2;
    return;
  }
  fs.mkdirSync(options.out, { recursive: true });
  const docx = options.file ?? (await sampleReport(options.out));
  if (!fs.existsSync(docx)) {
    process.stderr.write(`${docx}: not found\n`);
    process.exitCode = 2;
    return;
  }
  // A private LibreOffice profile: a running LibreOffice or a read-only HOME does not get in the way.
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'lo-profile-'));
  execFileSync(office, [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', options.out, docx], { stdio: 'inherit' });
  fs.rmSync(profile, { recursive: true, force: true });
  const pdf = path.join(options.out, `${path.basename(docx, path.extname(docx))}.pdf`);
  const prefix = path.join(options.out, path.basename(docx, path.extname(docx)));
  execFileSync('pdftoppm', ['-png', '-r', '70', pdf, prefix], { stdio: 'inherit' });
  const pages = fs
    .readdirSync(options.out)
    .filter((f) => f.startsWith(path.basename(prefix)) && f.endsWith('.png'))
    .sort();
  process.stdout.write(`${pdf}\n${pages.map((p) => path.join(options.out, p)).join('\n')}\n`);
}

main().catch((error) => {
  process.stderr.write(`${error.message}\n`);
  process.exitCode = 1;
});
