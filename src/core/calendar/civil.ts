// Civil dates and day numbers: shared date arithmetic (src/shared/civil.ts).
export * from '../../shared/civil';
