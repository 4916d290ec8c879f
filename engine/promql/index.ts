/**
 * The PromQL package's public face: the engine, the parser API, the AST,
 * values, errors, annotations and the engine's types.
 */
export { createEngine } from './engine';
export * from './parser/index';
export * from './ast';
export * from './values';
export * from './errors';
export * from './annotations';
export * from './types';
export type {
  AggregateTrace,
  BinaryTrace,
  ExtrapolationTrace,
  MatchSide,
  RangeTrace,
  RawSample,
  SelectorTrace,
  SetOpTrace,
  StepInvariantTrace,
  TraceDetail,
} from './eval/trace-detail';
export type { Extrapolation } from './functions/types';
