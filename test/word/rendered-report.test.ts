// The report as LibreOffice lays it out (Debian's libreoffice-writer-nogui; Liberation Serif has
// Times New Roman's metrics): page count, orientation, the annex alone on its landscape page,
// page numbers from page 2, and the fonts. `.ci/run` installs LibreOffice and poppler-utils.
import { execFileSync } from 'child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { reportDocumentFor } from '../../src/app/report-document';
import { bringUpToDate } from '../../src/word/previous-report/bring-up-to-date';
import { fullReportBuffer } from '../../src/word/report-docx';
import { sampleBundle } from './sample-bundle';
import { zipEntry } from './unzip';

const work = mkdtempSync(path.join(os.tmpdir(), 'tthc-rendered-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The .docx converted to PDF by LibreOffice, with a private profile. */
function toPdf(name: string, bytes: Uint8Array): string {
  const docx = path.join(work, `${name}.docx`);
  writeFileSync(docx, bytes);
  const profile = mkdtempSync(path.join(work, 'profile-'));
  execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', work, docx], {
    stdio: 'ignore',
    timeout: 120_000,
  });
  return path.join(work, `${name}.pdf`);
}

function pages(pdf: string): { width: number; height: number; text: string }[] {
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', '99', pdf], { encoding: 'utf8' });
  return [...info.matchAll(/^Page\s+(\d+) size:\s+([\d.]+) x ([\d.]+)/gm)].map(([, n, w, h]) => ({
    width: Number(w),
    height: Number(h),
    text: execFileSync('pdftotext', ['-layout', '-f', n, '-l', n, pdf, '-'], { encoding: 'utf8' }),
  }));
}

const fonts = (pdf: string) =>
  execFileSync('pdffonts', [pdf], { encoding: 'utf8' })
    .split('\n')
    .slice(2)
    .filter(Boolean)
    .map((line) => line.split(/\s+/)[0].replace(/^[A-Z]{6}\+/, ''));

const SIGNING = { unit: 'xã An Phú', signer: 'Vũ Văn Quảng', signerTitle: 'KT. CHỦ TỊCH|PHÓ CHỦ TỊCH' };

describe('the new report, rendered', () => {
  let pdf: string;
  let bytes: Uint8Array;
  beforeAll(async () => {
    const bundle = await sampleBundle();
    bytes = await fullReportBuffer(reportDocumentFor(bundle, SIGNING));
    pdf = toPdf('new-report', bytes);
  });

  test('two portrait pages of report, then the annex alone on one landscape page', () => {
    const all = pages(pdf);
    expect(all.map((p) => (p.width > p.height ? 'landscape' : 'portrait'))).toEqual(['portrait', 'portrait', 'landscape']);
    const annex = all[2].text;
    expect(annex).toContain('Phụ lục');
    expect(annex).toMatch(/Tổng cộng\s+3\.575\s+3\.556\s+0\s+19\s+3\.518/);
    expect(annex).toMatch(/Tỷ lệ:\s+100%\s+100%\s+98,4%/);
    for (const page of all.slice(0, 2)) expect(page.text).not.toContain('Tổng cộng');
  });

  test('page numbers at the top from page 2; the first page has none', () => {
    const all = pages(pdf);
    expect(all[0].text.trim().split('\n')[0]).toMatch(/ỦY BAN NHÂN DÂN\s+CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM/);
    expect(all[1].text.trim().split('\n')[0].trim()).toBe('2');
    expect(all[2].text.trim().split('\n')[0].trim()).toBe('3');
  });

  test('the document names Times New Roman; the PDF uses it or its metric twin Liberation Serif', () => {
    expect(zipEntry(Buffer.from(bytes), 'word/styles.xml')).toContain('w:ascii="Times New Roman"');
    const used = fonts(pdf);
    expect(used.length).toBeGreaterThan(0);
    for (const font of used) expect(font).toMatch(/^(LiberationSerif|TimesNewRoman|Times-?New-?Roman)/);
    expect(used).toEqual(expect.arrayContaining([expect.stringMatching(/Bold$/), expect.stringMatching(/Italic$/)]));
  });
});

test('the previous report brought up to date: its pages, then the new annex on one landscape page', async () => {
  const bundle = await sampleBundle();
  const previous = new Uint8Array(readFileSync(path.join(__dirname, '../fixtures/reports/bao-cao-quy-I-2026.docx')));
  const result = await bringUpToDate(previous, reportDocumentFor(bundle, SIGNING), bundle);
  const all = pages(toPdf('updated-report', result.bytes));
  const orientations = all.map((p) => (p.width > p.height ? 'landscape' : 'portrait'));
  expect(orientations[orientations.length - 1]).toBe('landscape');
  expect(orientations.filter((o) => o === 'landscape')).toHaveLength(1);
  expect(all[all.length - 1].text).toMatch(/Tổng cộng\s+3\.575/);
  expect(all[0].text.replace(/\s+/g, ' ')).toContain('quý II, nhiệm vụ trọng tâm quý III năm 2026 (Số liệu tính từ ngày 15/3 đến hết ngày 14/6/2026)');
});
