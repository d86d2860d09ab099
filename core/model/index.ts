export * from './inline';
export * from './document-ref';
export * from './organisation';
export * from './plan';
export * from './document-set';
export * from './wording';
export * from './table';
export * from './appendix';
