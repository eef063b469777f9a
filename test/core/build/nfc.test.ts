import { decodeCsvBytes } from '../../../src/core/build/csv';
import { exportCellFromExcelJs, exportCellFromGrid } from '../../../src/core/build/sources';

describe('texts read from exports are NFC', () => {
  test('Windows-1258 (tones as combining marks) decodes to composed text', () => {
    // "Hộ tịch" in Windows-1258: H, ô (0xF4) + dot below (0xF2), space, t, i + dot below, c, h
    const bytes = Uint8Array.from([0x48, 0xf4, 0xf2, 0x20, 0x74, 0x69, 0xf2, 0x63, 0x68]);
    const text = decodeCsvBytes(bytes);
    expect(text).toBe('Hộ tịch'.normalize('NFC'));
    expect(text.length).toBe(7);
  });

  test('decomposed UTF-8 decodes to composed text', () => {
    const bytes = new TextEncoder().encode('\uFEFFTư pháp'.normalize('NFD'));
    expect(decodeCsvBytes(bytes)).toBe('Tư pháp'.normalize('NFC'));
  });

  test('.xlsx cells and workbook cells are composed', () => {
    const nfd = 'Hộ tịch'.normalize('NFD');
    expect(exportCellFromExcelJs(nfd)).toBe('Hộ tịch'.normalize('NFC'));
    expect(exportCellFromExcelJs({ richText: [{ text: nfd }] })).toBe('Hộ tịch'.normalize('NFC'));
    expect(exportCellFromGrid(nfd)).toBe('Hộ tịch'.normalize('NFC'));
  });
});

describe('UTF-16 without a byte-order mark', () => {
  const text = 'Mã hồ sơ;Lĩnh vực;Ngày tiếp nhận\r\nA1;Hộ tịch;01/04/2026\r\n';

  test('little-endian is recognised by its zero bytes', () => {
    expect(decodeCsvBytes(Uint8Array.from(Buffer.from(text, 'utf16le')))).toBe(text);
  });

  test('big-endian is recognised by its zero bytes', () => {
    const le = Buffer.from(text, 'utf16le');
    const be = Buffer.alloc(le.length);
    for (let i = 0; i < le.length; i += 2) {
      be[i] = le[i + 1];
      be[i + 1] = le[i];
    }
    expect(decodeCsvBytes(Uint8Array.from(be))).toBe(text);
  });

  test('UTF-8 text is not mistaken for UTF-16', () => {
    expect(decodeCsvBytes(new TextEncoder().encode(text))).toBe(text);
  });
});
