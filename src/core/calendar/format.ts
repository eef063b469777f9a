// Dates written as clerks write them: shared display (src/shared/dates.ts).
export * from '../../shared/dates';
