// The benchmark plans are the tests' long plans (test/helpers/long-plan.ts): one generator for both.
export * from '../test/helpers/long-plan';
