// Everything the panel needs once the clerk builds, in its own chunk (loaded with the first build
// or the first "fill the dates"): the pipeline the CLI runs, its words, and the views of its result.
// The pane opens with the validator's code only.
export { formatDay } from '../../../core/calendar';
export { isPeriodProblem, parsePeriodKind, reportingPeriod, resolveBuildPeriod } from '../../../core/build/period';
export { planAnnexWorkbook } from '../../../core/build/plan';
export { tableFromGrid } from '../../../core/build/sources';
export { templateFieldsFromGrids } from '../../../core/build/template';
export { ADDIN_SHEET_NAMES, periodTitleLines } from '../../../i18n/build/forms';
export { COLUMN_KEY_LABEL } from '../../../i18n/build/labels';
export { formatBuildReport, selfCheckLines } from '../../../i18n/build/report';
export { renderAnnexWorkbook } from '../../../i18n/build/workbook';
export { renderCountTable, renderDossierList } from './drill-down';
export { answerQuestion } from './mapping-choices';
export { renderMapping } from './mapping-view';
export { renderQuestions } from './questions';
