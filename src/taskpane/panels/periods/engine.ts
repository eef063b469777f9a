// The checks between periods and their views, in their own chunk, loaded when the clerk first
// picks a previous period: the pane opens with the picker only.
export { comparisonBasis } from '../../../core/periods/basis';
export { checkCarryOver, carryOverErrors } from '../../../core/periods/carry-over';
export { renderCheck } from './findings-view';
