export type { ComparePair, DiffOptions, DiffPiece, ParagraphChange, ParagraphPlace, ParagraphRole, PartDiff, PlanDiff, TableRowPlace } from './types';
export { tokenize, tokenKey, textKey } from './tokenize';
export { diffText, diffTokens, oldText, newText, unchanged } from './diff-text';
export { diffPlans, isUnchanged } from './diff-plans';
export { planParts, planLines } from './plan-text';
export { changeCount, describeChange, describePieces } from './describe';
