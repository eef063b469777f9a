import { detectLegacyEncoding, toUnicode } from '../../../src/core/consolidate/legacy-text';

describe('TCVN3 and VNI names are converted to Unicode', () => {
  test.each([
    ['Hé tÞch', 'Hộ tịch', 'tcvn3'],
    ['Chøng thùc', 'Chứng thực', 'tcvn3'],
    ['§Êt ®ai', 'Đất đai', 'tcvn3'],
    ['B¶o trî x· héi', 'Bảo trợ xã hội', 'tcvn3'],
    ['Ng­êi cã c«ng', 'Người có công', 'tcvn3'],
    ['Hoä tòch', 'Hộ tịch', 'vni'],
    ['Chöùng thöïc', 'Chứng thực', 'vni'],
    ['Ñaát ñai', 'Đất đai', 'vni'],
    ['Baûo trôï xaõ hoäi', 'Bảo trợ xã hội', 'vni'],
    ['UBND xaõ An Phuù', 'UBND xã An Phú', 'vni'],
    ['Ngöôøi coù coâng', 'Người có công', 'vni'],
  ])('%s → %s (%s)', (legacy, unicode, encoding) => {
    expect(toUnicode(legacy)).toEqual({ text: unicode, converted: encoding });
  });

  test.each(['Hộ tịch', 'Xuân Phú', 'Thuế', 'Chứng thực', 'Đất đai', 'Người có công', 'Hoạt động xây dựng', 'Công thương', 'Tổng cộng'])(
    'Unicode text stays as it is: %s',
    (text) => {
      expect(detectLegacyEncoding(text)).toBeNull();
      expect(toUnicode(text)).toEqual({ text });
    },
  );
});
