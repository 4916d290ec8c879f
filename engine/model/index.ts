export * from './labels';
export * from './matchers';
export * from './samples';
