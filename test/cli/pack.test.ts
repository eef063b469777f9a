// Issue 12 §3: the CLI as an installed tool. `npm pack` gives a package that carries the built CLI
// and its runtime dependencies (bundled, so it installs without a network: `--offline` here);
// installed into a temporary global prefix, `tthc-report` runs from any folder.
// (`npm pack` runs with --ignore-scripts: its prepack, `npm run build:cli`, would rebuild build/cli
// under the other tests' feet; the test checks that prepack is that command instead.)
import { execFileSync } from 'child_process';
import { existsSync, readFileSync } from 'fs';
import * as path from 'path';
import { tempDir } from '../helpers/xlsx';

const ROOT = path.join(__dirname, '..', '..');
const PACKAGE = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const SAMPLE = path.join(ROOT, 'assets', 'samples', 'phu-luc-quy-II-2026-co-loi.xlsx');

describe('npm pack → npm install -g → tthc-report', () => {
  it('declares what the package carries and builds the CLI before packing', () => {
    expect(PACKAGE.files).toEqual(['bin/', 'build/cli/', 'README.md']);
    expect(PACKAGE.scripts.prepack).toBe('npm run build:cli');
    expect(PACKAGE.bin).toEqual({ 'tthc-report': 'bin/tthc-report.js' });
    expect(PACKAGE.bundleDependencies).toEqual(Object.keys(PACKAGE.dependencies));
  });

  it('installs offline into a fresh prefix and validates the sample from another folder', () => {
    expect(existsSync(path.join(ROOT, 'build', 'cli', 'src', 'cli', 'main.js'))).toBe(true);
    const work = tempDir('tthc-pack-');
    const tarball = execFileSync('npm', ['pack', '--ignore-scripts', '--silent', '--pack-destination', work], { cwd: ROOT, encoding: 'utf8' })
      .trim()
      .split('\n')
      .pop()!;
    expect(tarball).toBe(`tthc-report-${PACKAGE.version}.tgz`);
    const prefix = path.join(work, 'prefix');
    execFileSync('npm', ['install', '-g', '--offline', '--no-audit', '--no-fund', '--prefix', prefix, path.join(work, tarball)], {
      cwd: work,
      encoding: 'utf8',
      stdio: 'pipe',
    });
    const elsewhere = tempDir('tthc-elsewhere-');
    let stdout = '';
    let code = 0;
    try {
      stdout = execFileSync(path.join(prefix, 'bin', 'tthc-report'), ['validate', SAMPLE], {
        cwd: elsewhere,
        encoding: 'utf8',
        env: { ...process.env, PATH: `${path.join(prefix, 'bin')}:/usr/bin:/bin` },
      });
    } catch (error) {
      const failed = error as { status: number; stdout: string };
      code = failed.status;
      stdout = failed.stdout;
    }
    expect(code).toBe(1);
    expect(stdout).toContain('  LỖI       D5     Ô D5 nhiều khả năng sai: đang ghi 1.016, đúng ra 1.061');
    expect(stdout.trim().split('\n').pop()).toBe('  2 ô nhiều khả năng sai, 1 tỷ lệ sai; 1 cảnh báo.');
    // Only the runtime dependencies came along.
    const installed = path.join(prefix, 'lib', 'node_modules', 'tthc-report', 'node_modules');
    for (const name of Object.keys(PACKAGE.dependencies)) expect(existsSync(path.join(installed, name))).toBe(true);
    for (const name of ['typescript', 'jest', 'webpack', 'playwright-core']) expect(existsSync(path.join(installed, name))).toBe(false);
  }, 240_000);
});
