import { identifyUnit } from '../../../src/core/consolidate/unit-identity';

describe('the unit named by the lines above its table', () => {
  test.each([
    [['Đơn vị báo cáo: UBND xã An Phú', 'Đơn vị nhận báo cáo: UBND thành phố Hà Tiên'], 'xã An Phú', 'reporting-line'],
    [['Đơn vị nhận báo cáo: UBND thành phố Hà Tiên', 'Đơn vị báo cáo: UBND phường Tô Châu'], 'phường Tô Châu', 'reporting-line'],
    [['ỦY BAN NHÂN DÂN XÃ AN PHÚ', 'KẾT QUẢ GIẢI QUYẾT TTHC QUÝ II NĂM 2026'], 'xã An Phú', 'title'],
    [['UBND THÀNH PHỐ HÀ TIÊN', 'UBND PHƯỜNG TÔ CHÂU', 'BÁO CÁO'], 'phường Tô Châu', 'title'],
    [['Kết quả giải quyết TTHC của đặc khu Phú Quốc quý II năm 2026'], 'đặc khu Phú Quốc', 'title'],
    [['UBND TỈNH AN GIANG', 'SỞ TƯ PHÁP', 'KẾT QUẢ GIẢI QUYẾT TTHC QUÝ II NĂM 2026'], 'Sở Tư Pháp', 'body-line'],
    [['KẾT QUẢ GIẢI QUYẾT TTHC QUÝ II NĂM 2026'], 'bao-cao', 'file-name'],
  ])('%j → %s', (titles, name, from) => {
    const unit = identifyUnit(titles, 'Phụ lục', 'bao-cao');
    expect([unit.name, unit.from]).toEqual([name, from]);
  });

  test('a xã and a phường of the same name are different units', () => {
    expect(identifyUnit(['UBND XÃ AN PHÚ'], 'x', 'f').key).not.toBe(identifyUnit(['UBND PHƯỜNG AN PHÚ'], 'x', 'f').key);
    expect(identifyUnit(['UBND XÃ AN PHÚ'], 'x', 'f').key).toBe(identifyUnit(['Đơn vị báo cáo: xã An Phú'], 'x', 'f').key);
  });

  test('titles typed in TCVN3 and VNI are converted, and said so', () => {
    expect(identifyUnit(['UBND x· An Phó'], 'x', 'f')).toMatchObject({ name: 'xã An Phú', converted: 'tcvn3' });
    expect(identifyUnit(['UBND xaõ An Phuù'], 'x', 'f')).toMatchObject({ name: 'xã An Phú', converted: 'vni' });
  });

  test('the platform a title names', () => {
    expect(identifyUnit(['UBND XÃ BÌNH AN', 'KẾT QUẢ … TRÊN HỆ THỐNG CÁC BỘ'], 'x', 'f').platform).toEqual({ name: 'Hệ thống các Bộ', national: false });
    expect(identifyUnit(['UBND XÃ BÌNH AN', 'Số liệu trên Hệ thống thành phố'], 'x', 'f').platform).toEqual({ name: 'Hệ thống thành phố', national: false });
    expect(identifyUnit(['UBND XÃ BÌNH AN', 'Số liệu trên Cổng Dịch vụ công quốc gia'], 'x', 'f').platform).toEqual({
      name: 'Cổng Dịch vụ công quốc gia',
      national: true,
    });
    expect(identifyUnit(['UBND XÃ BÌNH AN'], 'x', 'f').platform).toBeUndefined();
  });
});
