// The build's types, in two files: what it reads (model.ts) and what it returns (outcome.ts).
export * from './model';
export * from './outcome';
