export * from './dates';
export * from './numbers';
export * from './cite';
export * from './style';
