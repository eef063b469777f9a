// Finding and reading the annex header: where it is, what each column is called, the form's column
// numbers and the identities its numbering row writes out.
export type { HeaderBlock, NumberingToken } from './types';
export { findHeader } from './find';
export { numberingTokenInHeader, parseNumberingToken, readNumberingRow } from './numbering';
export { groupOf, groupOfRole, isTotalText, roleOfPath, type Group } from './roles';
