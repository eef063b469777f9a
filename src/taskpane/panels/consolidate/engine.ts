// What the "Tổng hợp" panel needs once the clerk consolidates, in its own chunk: the pipeline the
// CLI runs and its words.
export { planConsolidation } from '../../../core/consolidate/plan';
export { readWorkbookSources } from '../../../core/consolidate/read-source';
export { consolidateWords, renderConsolidatedWorkbook } from '../../../i18n/consolidate/sheets';
export { noteText, refusalText, sourceName, sourceVerdict } from '../../../i18n/consolidate/notes';
export { locateProblemText } from '../../../i18n/findings/locate';
