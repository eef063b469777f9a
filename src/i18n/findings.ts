// The words of validation findings and cards, as every caller (CLI, JSON, pane, page, annotated
// copy, consolidation) reads them. Callers render findings only through these functions.
import type { Finding, FindingGroup, GroupNote, LocalizedText, ValidateOutcome } from '../core/types';

/** A finding's whole message: what does not add up, and which cell is most likely wrong. */
export function findingText(finding: Finding): LocalizedText {
  return finding.message;
}

/** What does not add up, without the conclusion (a card's headline says that). */
export function findingStatementText(finding: Finding): LocalizedText {
  return finding.afterFix || !finding.statement ? finding.message : finding.statement;
}

/** A card's headline ("Ô D5 nhiều khả năng sai: …"). */
export function groupText(group: FindingGroup): LocalizedText {
  return group.message;
}

export function groupNoteText(note: GroupNote): LocalizedText {
  return note.message;
}

/** Why no table could be validated. */
export function outcomeProblemText(outcome: Extract<ValidateOutcome, { ok: false }>): LocalizedText {
  return outcome.reason;
}
