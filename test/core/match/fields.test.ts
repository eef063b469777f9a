import fc from 'fast-check';
import { matchFieldNames, nameSimilarity, normaliseFieldName } from '../../../src/core/match/fields';

describe('matchFieldNames', () => {
  test('case, spaces, Unicode form, punctuation and a "Lĩnh vực" prefix are set aside', () => {
    const decomposed = 'Hộ tịch'.normalize('NFD');
    const result = matchFieldNames([
      ['Hộ tịch', 'Đất đai', 'Chứng thực'],
      ['Lĩnh vực hộ tịch', 'ĐẤT  ĐAI.', `${decomposed}`, '3. Chứng thực'],
    ]);
    expect(result.fields).toEqual(['Hộ tịch', 'Đất đai', 'Chứng thực']);
    expect(result.tables[1].map((m) => [m.name, m.field, m.how])).toEqual([
      ['Lĩnh vực hộ tịch', 'Hộ tịch', 'normalised'],
      ['ĐẤT  ĐAI.', 'Đất đai', 'normalised'],
      [decomposed, 'Hộ tịch', 'normalised'],
      ['3. Chứng thực', 'Chứng thực', 'normalised'],
    ]);
    expect(result.suggestions).toEqual([]);
  });

  test('accents are set aside only when no two names fold together ("Thuế" and "Thuê" stay apart)', () => {
    const safe = matchFieldNames([['Bảo trợ xã hội'], ['Bao tro xa hoi']]);
    expect(safe.tables[1][0]).toEqual({ name: 'Bao tro xa hoi', field: 'Bảo trợ xã hội', how: 'accents' });
    const clash = matchFieldNames([
      ['Thuế', 'Thuê đất'],
      ['Thuê', 'Thue'],
    ]);
    expect(clash.fields).toEqual(['Thuế', 'Thuê đất', 'Thuê', 'Thue']);
    expect(clash.tables[1].map((m) => m.how)).toEqual(['own', 'own']);
  });

  test('the saved map answers what the rules cannot; the template keeps its order', () => {
    const result = matchFieldNames([['Đăng ký kinh doanh', 'Hộ tịch']], {
      template: ['Hộ tịch', 'Thành lập và hoạt động doanh nghiệp'],
      map: { 'đăng ký kinh doanh': 'Thành lập và hoạt động doanh nghiệp' },
    });
    expect(result.fields).toEqual(['Hộ tịch', 'Thành lập và hoạt động doanh nghiệp']);
    expect(result.tables[0].map((m) => [m.field, m.how])).toEqual([
      ['Thành lập và hoạt động doanh nghiệp', 'map'],
      ['Hộ tịch', 'same'],
    ]);
  });

  test('a name that matches nothing is its own field, with suggestions to confirm, never merged', () => {
    const result = matchFieldNames([
      ['Hoạt động xây dựng', 'Hộ tịch'],
      ['Hoạt động xây dựng nhà ở', 'Kinh doanh khí'],
    ]);
    expect(result.fields).toEqual(['Hoạt động xây dựng', 'Hộ tịch', 'Hoạt động xây dựng nhà ở', 'Kinh doanh khí']);
    expect(result.suggestions).toEqual([{ name: 'Hoạt động xây dựng nhà ở', candidates: [{ field: 'Hoạt động xây dựng', similarity: expect.any(Number) }] }]);
    expect(result.suggestions[0].candidates[0].similarity).toBeGreaterThan(0.7);
  });

  test('properties: every name is assigned, to itself or to a field whose normal form is its own unless the map or accents say so', () => {
    const name = fc.constantFrom('Hộ tịch', 'Đất đai', 'Thuế', 'Thuê', 'Chứng thực', 'Người có công', 'Kinh doanh khí', 'Bảo trợ xã hội');
    const variant = fc
      .tuple(name, fc.constantFrom('', 'Lĩnh vực ', '1. '), fc.boolean(), fc.boolean())
      .map(([n, prefix, upper, dot]) => `${prefix}${upper ? n.toUpperCase() : n}${dot ? '.' : ''}`);
    fc.assert(
      fc.property(fc.array(fc.uniqueArray(variant, { maxLength: 6 }), { minLength: 1, maxLength: 4 }), (tables) => {
        const result = matchFieldNames(tables);
        result.tables.forEach((matches, i) => {
          expect(matches.map((m) => m.name)).toEqual(tables[i]);
          for (const m of matches) {
            expect(result.fields).toContain(m.field);
            if (m.how === 'normalised' || m.how === 'same') expect(normaliseFieldName(m.field)).toBe(normaliseFieldName(m.name));
          }
        });
        // "Thuế" and "Thuê" are never the same field.
        const fieldOf = (n: string) => result.tables.flat().find((m) => m.name === n)?.field;
        const thue = tables.flat().filter((n) => normaliseFieldName(n) === 'thuế');
        const thuee = tables.flat().filter((n) => normaliseFieldName(n) === 'thuê');
        for (const a of thue) for (const b of thuee) expect(fieldOf(a)).not.toBe(fieldOf(b));
      }),
    );
  });

  test('similarity is symmetric, 1 for the same name, low for different fields', () => {
    expect(nameSimilarity('Hộ tịch', 'HỘ TỊCH')).toBe(1);
    expect(nameSimilarity('Hộ tịch', 'Đất đai')).toBeLessThan(0.3);
    expect(nameSimilarity('Chứng thực', 'Chứng thực bản sao')).toBeCloseTo(nameSimilarity('Chứng thực bản sao', 'Chứng thực'));
  });
});
