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
