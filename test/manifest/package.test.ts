// `npm run package`: a zip of dist/ whose manifest.xml points at ADDIN_BASE_URL (https only),
// ready for a static https host. Run here on a small stand-in dist/ (--no-build), so the test
// does not need a webpack build; the manifest in the zip is validated against the XSDs.
import { execFileSync, spawnSync } from 'child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'fs';
import * as path from 'path';
import { unzipSync } from 'fflate';
import { tempDir } from '../helpers/xlsx';

const ROOT = path.join(__dirname, '..', '..');
const SCRIPT = path.join(ROOT, 'scripts', 'package-addin.js');

function standInDist(): string {
  const dist = path.join(tempDir('tthc-dist-'), 'dist');
  mkdirSync(path.join(dist, 'assets'), { recursive: true });
  mkdirSync(path.join(dist, 'standalone'), { recursive: true });
  writeFileSync(path.join(dist, 'taskpane.html'), '<!doctype html><script src="legacy-guard.js"></script>');
  writeFileSync(path.join(dist, 'legacy-guard.js'), '(function () {})();');
  writeFileSync(path.join(dist, 'assets', 'icon-32.png'), 'png');
  writeFileSync(path.join(dist, 'standalone', 'tthc-report.html'), '<!doctype html>');
  writeFileSync(path.join(dist, 'manifest.xml'), '<stale/>');
  return dist;
}

function run(env: Record<string, string | undefined>, dist: string, out: string) {
  const result = spawnSync('node', [SCRIPT, '--no-build', '--dist', dist, '--out', out], {
    env: { ...process.env, ADDIN_BASE_URL: undefined, ...env },
    encoding: 'utf8',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run package', () => {
  it('zips dist/ with a manifest.xml pointing at ADDIN_BASE_URL, and the manifest validates', () => {
    const dist = standInDist();
    const out = path.join(path.dirname(dist), 'dist-package', 'tthc-report-addin.zip');
    const result = run({ ADDIN_BASE_URL: 'https://may-chu.xa-an-phu.gov.vn/tthc' }, dist, out);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('5 files, manifest.xml → https://may-chu.xa-an-phu.gov.vn/tthc/');
    const files = unzipSync(new Uint8Array(readFileSync(out)));
    expect(Object.keys(files).sort()).toEqual(['assets/icon-32.png', 'legacy-guard.js', 'manifest.xml', 'standalone/tthc-report.html', 'taskpane.html']);
    const manifest = new TextDecoder().decode(files['manifest.xml']);
    expect(manifest).not.toContain('localhost');
    expect(manifest).toContain('<SourceLocation DefaultValue="https://may-chu.xa-an-phu.gov.vn/tthc/taskpane.html"/>');
    expect(manifest).toContain('<AppDomain>https://may-chu.xa-an-phu.gov.vn</AppDomain>');
    const extracted = path.join(path.dirname(dist), 'manifest.xml');
    writeFileSync(extracted, files['manifest.xml']);
    expect(execFileSync('node', [path.join(ROOT, 'scripts', 'validate-manifest.js'), extracted], { encoding: 'utf8' })).toMatch(/valid/i);
  });

  it.each([
    [undefined, 'ADDIN_BASE_URL chưa được đặt'],
    ['http://may-chu.vn/tthc/', 'ADDIN_BASE_URL phải bắt đầu bằng https://'],
    ['không phải địa chỉ', 'ADDIN_BASE_URL không phải địa chỉ hợp lệ'],
  ])('refuses ADDIN_BASE_URL=%s with one line saying why', (value, message) => {
    const dist = standInDist();
    const result = run({ ADDIN_BASE_URL: value }, dist, path.join(path.dirname(dist), 'x.zip'));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
  });
});
