export * from './interface';
