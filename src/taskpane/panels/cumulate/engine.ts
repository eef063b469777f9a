// What the "Cộng dồn" panel needs once the clerk makes the annex, in its own chunk (loaded at the
// first click): the pipeline the CLI runs and its words. The pane opens without it.
export { planCumulativeAnnex } from '../../../core/periods/plan';
export { cumulateRefusalText } from '../../../i18n/periods/cli';
export { cumulativeWords } from '../../../i18n/periods/cumulate';
export { renderCumulativeWorkbook } from '../../../i18n/periods/cumulate-workbook';
export { renderCheck } from '../periods/findings-view';
