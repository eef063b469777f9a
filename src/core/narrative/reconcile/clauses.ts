// Where in a line a number is not a result of this table: a change against another period
// ("tăng 120 hồ sơ, 3,4% so với quý I/2026") or a target ("phấn đấu", "chỉ tiêu", "tối thiểu").
// Patterns run on folded text (see foldKeepingLength).
import type { NumberToken } from './tokens';

/** A sentence of a line: split at ". ", ";" and "!"/"?" — a comparison or a list item never crosses one. */
export function sentenceBounds(folded: string, index: number, boundary = /[;!?]|\.(?=\s|$)/g): { start: number; end: number } {
  let start = 0;
  let end = folded.length;
  for (const match of folded.matchAll(boundary)) {
    const at = match.index ?? 0;
    if (at < index) start = at + 1;
    else {
      end = at;
      break;
    }
  }
  return { start, end };
}

const CHANGE_WORD = /(?<![a-z])(tang|giam|increase[sd]?|decrease[sd]?|up|down)(?![a-z])(?! (cuong|nhanh|gia))/g;
const COMPARED_WITH = /(?<![a-z])(so voi|so cung ky|cung ky|ky truoc|on|compared (with|to)|than)(?![a-z])/;
// The product writes " (tỷ lệ 97,6%; tăng 1,2 điểm phần trăm so với quý I năm 2026)": the clause
// after ";" stands alone, so a change word anywhere before the number in its sentence counts.
const TARGET = /(?<![a-z])(phan dau|chi tieu|toi thieu|muc tieu|ke hoach de ra|target|at least)(?![a-z])/;

/**
 * The numbers of a comparison: after a change word, in a sentence that names what it is compared
 * with, and before any figure label that comes after the change word (`labelStarts`).
 */
export function comparisonTokens(folded: string, tokens: NumberToken[], labelStarts: number[]): Set<NumberToken> {
  const changes = [...folded.matchAll(CHANGE_WORD)].map((m) => m.index ?? 0);
  const found = new Set<NumberToken>();
  for (const token of tokens) {
    const sentence = sentenceBounds(folded, token.index);
    if (!COMPARED_WITH.test(folded.slice(sentence.start, sentence.end))) continue;
    const change = changes.filter((at) => at >= sentence.start && at < token.index).pop();
    if (change === undefined) continue;
    if (labelStarts.some((at) => at > change && at < token.index)) continue;
    found.add(token);
  }
  return found;
}

/** The numbers of a target: from a target word to the end of the line (section II's plans). */
export function targetTokens(folded: string, tokens: NumberToken[]): Set<NumberToken> {
  const match = TARGET.exec(folded);
  if (!match) return new Set();
  return new Set(tokens.filter((token) => token.index > (match.index ?? 0)));
}
