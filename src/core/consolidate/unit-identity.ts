// Which unit an annex belongs to, and on which platform its dossiers were counted, from the lines
// above its table: "Đơn vị báo cáo: UBND xã An Phú", "ỦY BAN NHÂN DÂN XÃ AN PHÚ" under "UBND THÀNH
// PHỐ …" (the lowest body is the unit, its superior is not), never the "Đơn vị nhận báo cáo"; else
// the file's name. A xã and a phường of the same name are different units (the kind is in the key).
import { readUnit } from '../narrative/title';
import { foldText } from '../text';
import { toUnicode, type LegacyEncoding } from './legacy-text';

export type UnitNameSource = 'reporting-line' | 'title' | 'body-line' | 'file-name' | 'units-file';

export interface UnitIdentity {
  name: string;
  /** Two inputs with the same key are the same unit. */
  key: string;
  from: UnitNameSource;
  /** The platform the title names ("Hệ thống các Bộ"); national: the national portal. */
  platform?: { name: string; national: boolean };
  /** The title lines were typed in a legacy font encoding and converted. */
  converted?: LegacyEncoding;
}

export function unitKey(name: string): string {
  return name
    .normalize('NFC')
    .toLocaleLowerCase('vi')
    .replace(/^(ubnd|ủy ban nhân dân|uỷ ban nhân dân)\s+/u, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Lines naming whom the report goes to, not who sends it. */
const RECEIVER = /^(don vi nhan bao cao|noi nhan|kinh gui|gui)\b/;
const REPORTING = /don vi bao cao\s*:?\s*/;
const BODY = /^(uy ban nhan dan|ubnd|so|ban|trung tam|van phong|cuc|chi cuc|bo|tong cuc|bhxh|bao hiem xa hoi|cong an|kho bac|thue)\s/;
const NOT_BODY = /^(ket qua|bao cao|bieu|tinh hinh|so lieu|cong hoa|doc lap|phu luc|\()/;

function bodyName(text: string): string {
  const letters = text.replace(/\s+/g, ' ').trim();
  if (letters !== letters.toLocaleUpperCase('vi')) return letters;
  const words = letters.toLocaleLowerCase('vi').split(' ');
  return words.map((w) => (w === 'ubnd' ? 'UBND' : w.charAt(0).toLocaleUpperCase('vi') + w.slice(1))).join(' ');
}

function platformOf(texts: string[]): UnitIdentity['platform'] {
  for (const text of texts) {
    const folded = foldText(text);
    if (/cong dich vu cong quoc gia|he thong dich vu cong quoc gia/.test(folded)) return { name: 'Cổng Dịch vụ công quốc gia', national: true };
    const at = folded.search(/tren he thong|\bhe thong (cac bo|thanh pho|tinh|mot cua|thong tin giai quyet)/);
    if (at >= 0) {
      const original = text.normalize('NFC');
      const start = original.toLocaleLowerCase('vi').indexOf('hệ thống');
      const rest = (start >= 0 ? original.slice(start) : original).split(/[,;()]/)[0].trim();
      const cased = rest === rest.toLocaleUpperCase('vi') ? rest.toLocaleLowerCase('vi').replace(/các bộ(?!\p{L})/u, 'các Bộ') : rest;
      return { name: cased.charAt(0).toLocaleUpperCase('vi') + cased.slice(1), national: false };
    }
  }
  return undefined;
}

/** The unit named by the title lines (top to bottom), else by `fallbackName` (the file, or file › sheet). */
export function identifyUnit(titleTexts: string[], sheetName: string, fallbackName: string): UnitIdentity {
  let converted: LegacyEncoding | undefined;
  const texts = titleTexts.map((raw) => {
    const unicode = toUnicode(raw);
    converted ??= unicode.converted;
    return unicode.text.normalize('NFC').replace(/\s+/g, ' ').trim();
  });
  const platform = platformOf([...texts, toUnicode(sheetName).text]);
  const withExtras = (identity: Omit<UnitIdentity, 'platform' | 'converted'>): UnitIdentity => ({
    ...identity,
    ...(platform ? { platform } : {}),
    ...(converted ? { converted } : {}),
  });
  const senders = texts.filter((text) => !RECEIVER.test(foldText(text)));
  for (const text of senders) {
    const folded = foldText(text);
    const at = folded.search(REPORTING);
    if (at < 0) continue;
    const match = REPORTING.exec(folded.slice(at)) as RegExpExecArray;
    const rest = text
      .slice(at + match[0].length)
      .split(/\s*(?:;|\||đơn vị nhận báo cáo)/iu)[0]
      .trim();
    if (rest) {
      const name = readUnit(rest) ?? bodyName(rest);
      return withExtras({ name, key: unitKey(name), from: 'reporting-line' });
    }
  }
  const communes = senders.map((text) => readUnit(text)).filter((name): name is string => name !== undefined);
  if (communes.length > 0) {
    const name = communes[communes.length - 1];
    return withExtras({ name, key: unitKey(name), from: 'title' });
  }
  const bodies = senders.filter((text) => BODY.test(foldText(text)) && !NOT_BODY.test(foldText(text)));
  if (bodies.length > 0) {
    const name = bodyName(bodies[bodies.length - 1]);
    return withExtras({ name, key: unitKey(name), from: 'body-line' });
  }
  return withExtras({ name: fallbackName, key: unitKey(fallbackName), from: 'file-name' });
}

/** "bao-cao-xa-an-phu.xlsx" → "bao-cao-xa-an-phu"; a path's folders dropped (either separator). */
export function fileStem(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  return base.replace(/\.(xlsx|xlsm|xls|ods|et)$/i, '');
}
