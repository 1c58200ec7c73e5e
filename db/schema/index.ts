export * from './networks.ts';
export * from './users.ts';
export * from './outbox.ts';
export * from './relations.ts';
export * from './gatherings.ts';
export * from './questions.ts';
export * from './progress.ts';
export * from './surveys.ts';
