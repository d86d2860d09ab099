export * from './version-types';
