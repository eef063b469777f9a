// What the whole-report button runs, in its own chunk (loaded when the panel opens): the document
// model and its words, the .docx writer, the previous report's update, the clipboard HTML.
export { reportDocumentFor } from '../../../app/report-document';
export { bringUpToDate } from '../../../word/previous-report/bring-up-to-date';
export { PreviousReportError } from '../../../word/previous-report/update';
export { fullReportBlob } from '../../../word/report-docx';
export { reportClipboardPayload } from '../../../word/report-html';
