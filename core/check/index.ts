export * from './types';
export { runChecks, countFindings, type RunChecksOptions } from './run-checks';
export { applyFix, type ApplyResult } from './apply-fix';
export { planPlaces, placesOf, isTypedRange, type PlanPlace, type PlaceSegment, type PlanPlaces } from './plan-places';
export { planPeriod, type PlanPeriod } from './plan-period';
export { ALL_RULES } from './rules';
export { groupFindings, findingKey, type FindingGroup } from './group-findings';
