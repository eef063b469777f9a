// One calendar for the narrative and the build: civil dates and day numbers, the official
// reporting calendar, dates as clerks type and write them.
export * from './civil';
export * from './format';
export * from './parse';
export * from './reporting';
