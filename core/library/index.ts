export type { LibraryEntry } from './library-entry';
export * from './library-schema';
export * from './library-bundle';
export * from './library-chain';
export * from './merge-bundle';
export * from './three-way-merge';
export * from './search';
export type * from './library-results';
export { normaliseTerm, queryTerms } from './search-terms';
