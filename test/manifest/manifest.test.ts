import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { COMMAND_NAMES } from '../../src/commands/commands';

/* eslint-disable @typescript-eslint/no-require-imports */
const { validateManifest, COMMAND_FUNCTIONS } = require('../../scripts/validate-manifest.js') as {
  validateManifest: (file: string) => Promise<string[]>;
  COMMAND_FUNCTIONS: string[];
};
const { manifestTransform } = require('../../webpack.config.js') as { manifestTransform: (content: string) => string };
/* eslint-enable @typescript-eslint/no-require-imports */

const ROOT = path.join(__dirname, '..', '..');
const MANIFEST = path.join(ROOT, 'manifest.xml');
const xml = fs.readFileSync(MANIFEST, 'utf8');

function variant(name: string, edit: (text: string) => string): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'manifest-')), name);
  fs.writeFileSync(file, edit(xml));
  return file;
}

function pngSize(file: string): [number, number] {
  const buffer = fs.readFileSync(file);
  expect(buffer.subarray(1, 4).toString('ascii')).toBe('PNG');
  return [buffer.readUInt32BE(16), buffer.readUInt32BE(20)];
}

describe('manifest.xml', () => {
  test('is valid against the add-in manifest schemas (offline)', async () => {
    expect(await validateManifest(MANIFEST)).toEqual([]);
  });

  test('the built dist/manifest.xml is valid too', async () => {
    const built = path.join(ROOT, 'dist', 'manifest.xml');
    if (!fs.existsSync(built)) return; // npm test builds before jest; a bare jest run may not have
    expect(await validateManifest(built)).toEqual([]);
  });

  test('schema and reference errors are reported with where and what', async () => {
    const badPermission = await validateManifest(variant('bad.xml', (t) => t.replace('<Permissions>ReadWriteDocument', '<Permissions>WriteAll')));
    expect(badPermission).toHaveLength(1);
    expect(badPermission[0]).toMatch(/bad\.xml:\d+: .*Permissions.*'WriteAll' is not an element of the set/);
    const missingResource = await validateManifest(variant('ref.xml', (t) => t.replace('<bt:Image id="Clear.80"', '<bt:Image id="Clear.81"')));
    expect(missingResource).toEqual([expect.stringMatching(/ref\.xml: resid "Clear\.80" is used but not defined in <Resources>/)]);
    const wrongRuntime = await validateManifest(
      variant('rt.xml', (t) => t.replace('<FunctionFile resid="Taskpane.Url"/>', '<FunctionFile resid="Help.Url"/>')),
    );
    expect(wrongRuntime).toEqual([expect.stringMatching(/shared runtime needs <FunctionFile resid> = <Runtime resid> \(Help\.Url ≠ Taskpane\.Url\)/)]);
    const unknownFunction = await validateManifest(variant('fn.xml', (t) => t.replace('<FunctionName>clearHighlights<', '<FunctionName>clearAll<')));
    expect(unknownFunction).toEqual([expect.stringMatching(/FunctionName "clearAll" is not a registered command/)]);
  });

  test('the ribbon functions are exactly the commands the add-in registers', () => {
    const names = [...xml.matchAll(/<FunctionName>([^<]+)<\/FunctionName>/g)].map((m) => m[1]).sort();
    expect(names).toEqual(Object.values(COMMAND_NAMES).sort());
    expect(COMMAND_FUNCTIONS.sort()).toEqual(Object.values(COMMAND_NAMES).sort());
  });

  test('shared runtime, Excel only, low minimum requirement set, ReadWriteDocument', () => {
    expect(xml).toContain('<Runtime resid="Taskpane.Url" lifetime="long"/>');
    expect(xml).toContain('<Host Name="Workbook"/>');
    // Excel 2016 (ExcelApi 1.1 only) loads the pane, which then says what to use instead (src/excel/support.ts, legacy-guard.js).
    expect(xml).toContain('<Set Name="ExcelApi" MinVersion="1.1"/>');
    expect(xml).toContain('<Permissions>ReadWriteDocument</Permissions>');
    expect(xml).toContain('<DefaultLocale>vi-VN</DefaultLocale>');
  });

  test('every string is Vietnamese by default with an English override', () => {
    const strings = [...xml.matchAll(/<bt:String id="([^"]+)" DefaultValue="([^"]+)">\s*<bt:Override Locale="en-US" Value="([^"]+)"\/>/g)];
    const allStrings = [...xml.matchAll(/<bt:String id="/g)];
    expect(strings).toHaveLength(allStrings.length);
    const byId = Object.fromEntries(strings.map((m) => [m[1], [m[2], m[3]]]));
    expect(byId['Validate.Label']).toEqual(['Kiểm tra báo cáo', 'Validate report']);
    expect(byId['Tab.Label']).toEqual(['Báo cáo TTHC', 'TTHC report']);
    expect(byId['Clear.Label']).toEqual(['Xoá đánh dấu', 'Clear highlights']);
  });

  test('icons exist at the sizes their names say', () => {
    for (const name of ['icon', 'pane', 'clear']) {
      for (const size of [16, 32, 64, 80, 128]) {
        expect(pngSize(path.join(ROOT, 'assets', `${name}-${size}.png`))).toEqual([size, size]);
      }
    }
  });

  test('ADDIN_BASE_URL rewrites every localhost URL of the built manifest', () => {
    const saved = process.env.ADDIN_BASE_URL;
    process.env.ADDIN_BASE_URL = 'https://tthc.example.gov.vn/addin';
    try {
      const out = manifestTransform(xml);
      expect(out).not.toContain('localhost');
      expect(out).toContain('<SourceLocation DefaultValue="https://tthc.example.gov.vn/addin/taskpane.html"/>');
      expect(out).toContain('<AppDomain>https://tthc.example.gov.vn</AppDomain>');
    } finally {
      if (saved === undefined) delete process.env.ADDIN_BASE_URL;
      else process.env.ADDIN_BASE_URL = saved;
    }
  });
});
