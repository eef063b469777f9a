// Names typed with the pre-Unicode Vietnamese fonts (.VnTime = TCVN3/ABC, VNI-Times = VNI) arrive
// in a workbook as Latin-1 letters ("Hé tÞch", "Hoä tòch"). They are converted to Unicode before
// any matching, and the conversion is said. A text is converted only when it holds letters that no
// Vietnamese Unicode text holds and none of the letters only Unicode Vietnamese has.

export type LegacyEncoding = 'tcvn3' | 'vni';

/** TCVN3 (ABC) byte → Unicode letter: the lower-case toned letters and the seven capitals the font has. */
const TCVN3 = new Map<string, string>([
  ['µ', 'à'],
  ['¸', 'á'],
  ['¶', 'ả'],
  ['·', 'ã'],
  ['¹', 'ạ'],
  ['¨', 'ă'],
  ['»', 'ằ'],
  ['¾', 'ắ'],
  ['¼', 'ẳ'],
  ['½', 'ẵ'],
  ['Æ', 'ặ'],
  ['©', 'â'],
  ['Ç', 'ầ'],
  ['Ê', 'ấ'],
  ['È', 'ẩ'],
  ['É', 'ẫ'],
  ['Ë', 'ậ'],
  ['®', 'đ'],
  ['Ì', 'è'],
  ['Ð', 'é'],
  ['Î', 'ẻ'],
  ['Ï', 'ẽ'],
  ['Ñ', 'ẹ'],
  ['ª', 'ê'],
  ['Ò', 'ề'],
  ['Õ', 'ế'],
  ['Ó', 'ể'],
  ['Ô', 'ễ'],
  ['Ö', 'ệ'],
  ['×', 'ì'],
  ['Ý', 'í'],
  ['Ø', 'ỉ'],
  ['Ü', 'ĩ'],
  ['Þ', 'ị'],
  ['ß', 'ò'],
  ['ã', 'ó'],
  ['á', 'ỏ'],
  ['â', 'õ'],
  ['ä', 'ọ'],
  ['«', 'ô'],
  ['å', 'ồ'],
  ['è', 'ố'],
  ['æ', 'ổ'],
  ['ç', 'ỗ'],
  ['é', 'ộ'],
  ['¬', 'ơ'],
  ['ê', 'ờ'],
  ['í', 'ớ'],
  ['ë', 'ở'],
  ['ì', 'ỡ'],
  ['î', 'ợ'],
  ['ï', 'ù'],
  ['ó', 'ú'],
  ['ñ', 'ủ'],
  ['ò', 'ũ'],
  ['ô', 'ụ'],
  ['\u00ad', 'ư'],
  ['õ', 'ừ'],
  ['ø', 'ứ'],
  ['ö', 'ử'],
  ['÷', 'ữ'],
  ['ù', 'ự'],
  ['ú', 'ỳ'],
  ['ý', 'ý'],
  ['û', 'ỷ'],
  ['ü', 'ỹ'],
  ['þ', 'ỵ'],
  ['¡', 'Ă'],
  ['¢', 'Â'],
  ['§', 'Đ'],
  ['£', 'Ê'],
  ['¤', 'Ô'],
  ['¥', 'Ơ'],
  ['¦', 'Ư'],
] as Array<[string, string]>);

/** VNI letters that stand alone: đ, ơ, ư and the i/y vowels the font draws in one glyph. */
const VNI_LETTERS = new Map<string, string>([
  ['ñ', 'đ'],
  ['Ñ', 'Đ'],
  ['ô', 'ơ'],
  ['Ô', 'Ơ'],
  ['ö', 'ư'],
  ['Ö', 'Ư'],
  ['æ', 'ỉ'],
  ['Æ', 'Ỉ'],
  ['ó', 'ĩ'],
  ['Ó', 'Ĩ'],
  ['ò', 'ị'],
  ['Ò', 'Ị'],
  ['î', 'ỵ'],
  ['Î', 'Ỵ'],
]);

const ACUTE = '\u0301';
const GRAVE = '\u0300';
const HOOK = '\u0309';
const TILDE = '\u0303';
const DOT = '\u0323';
const CIRCUMFLEX = '\u0302';
const BREVE = '\u0306';

/** VNI marks typed after a vowel, as combining marks (lower- and upper-case fonts use both forms). */
const VNI_MARKS = new Map<string, string>(
  Object.entries({
    ù: ACUTE,
    ø: GRAVE,
    û: HOOK,
    õ: TILDE,
    ï: DOT,
    â: CIRCUMFLEX,
    ê: BREVE,
    á: CIRCUMFLEX + ACUTE,
    à: CIRCUMFLEX + GRAVE,
    å: CIRCUMFLEX + HOOK,
    ã: CIRCUMFLEX + TILDE,
    ä: CIRCUMFLEX + DOT,
    é: BREVE + ACUTE,
    è: BREVE + GRAVE,
    ú: BREVE + HOOK,
    ü: BREVE + TILDE,
    ë: BREVE + DOT,
  }).flatMap(
    ([mark, combining]) =>
      [
        [mark, combining],
        [mark.toLocaleUpperCase('vi'), combining],
      ] as Array<[string, string]>,
  ),
);

/** Letters only Unicode Vietnamese has: a text holding one is Unicode already. */
const UNICODE_VIETNAMESE = /[ăĂđĐơƠưƯĩĨũŨ\u1ea0-\u1ef9]/u;
/** Latin-1 letters and signs Vietnamese Unicode text never holds (the legacy fonts' letters). */
const FOREIGN =
  /[\u00a1-\u00bf\u00c4-\u00c7\u00cb\u00ce-\u00d1\u00d6-\u00d8\u00db-\u00dc\u00de-\u00df\u00e4-\u00e7\u00eb\u00ee-\u00f1\u00f6-\u00f8\u00fb-\u00fc\u00fe-\u00ff]/gu;
const TONES = /[\u0300\u0301\u0303\u0309\u0323]/gu;

/**
 * How far a text is from Vietnamese: legacy letters left over weigh most, then what no Vietnamese
 * syllable holds — two tones in a word, "ư" after another vowel ("aừ"), a doubled vowel ("uu").
 */
function implausibility(text: string): number {
  let score = (text.match(FOREIGN) ?? []).length * 10;
  for (const word of text.normalize('NFD').split(/[^\p{L}\p{M}]+/u)) {
    if ((word.match(TONES) ?? []).length > 1) score++;
    const bases = word.replace(/[\u0300-\u0302\u0303\u0306\u0309\u0323]/gu, '').toLowerCase();
    if (/[aeiouy]u\u031b/u.test(bases)) score++;
    if (/([aeiouy])\1/u.test(bases)) score++;
  }
  return score;
}

/** The legacy encoding the text is in: the reading that makes it Vietnamese, when one clearly does. */
export function detectLegacyEncoding(text: string): LegacyEncoding | null {
  if (UNICODE_VIETNAMESE.test(text) || !/[\u00a1-\u00ff]/u.test(text)) return null;
  const asIs = implausibility(text);
  if (asIs === 0) return null;
  const tcvn3 = implausibility(fromLegacy(text, 'tcvn3'));
  const vni = implausibility(fromLegacy(text, 'vni'));
  const best = Math.min(tcvn3, vni);
  if (best >= asIs) return null;
  return tcvn3 <= vni ? 'tcvn3' : 'vni';
}

const VOWEL = /[aeiouyAEIOUYơƠưƯ]$/u;

export function fromLegacy(text: string, encoding: LegacyEncoding): string {
  if (encoding === 'tcvn3')
    return [...text]
      .map((ch) => TCVN3.get(ch) ?? ch)
      .join('')
      .normalize('NFC');
  let out = '';
  for (const ch of text) {
    const mark = VNI_MARKS.get(ch);
    if (mark !== undefined && VOWEL.test(out.normalize('NFD').replace(/[\u0300-\u036f]/g, ''))) {
      out += mark;
      continue;
    }
    out += VNI_LETTERS.get(ch) ?? ch;
  }
  return out.normalize('NFC');
}

/** The text in Unicode, and the encoding it was in when it was converted. */
export function toUnicode(text: string): { text: string; converted?: LegacyEncoding } {
  const encoding = detectLegacyEncoding(text);
  return encoding ? { text: fromLegacy(text, encoding), converted: encoding } : { text };
}
