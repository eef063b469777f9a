// Every word of the annex build (CLI, workbook sheets, task pane), in Vietnamese and English.
export * from './labels';
export * from './problems';
export * from './questions';
export * from './codes';
export * from './forms';
export * from './detail-sheet';
export * from './summary-sheet';
export * from './report';
export * from './cli';
export * from './files';
export * from './pane';
export * from './workbook';
