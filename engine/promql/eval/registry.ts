import { FUNCTION_IMPLS } from '../functions/index';
import { FUNCTION_SIGNATURES } from '../parser/index';
import type { FunctionRegistry } from './context';

/** DEFAULT_FUNCTIONS joins the implementation registry with the parser's signature table. */
export const DEFAULT_FUNCTIONS: FunctionRegistry = {
  impls: FUNCTION_IMPLS,
  returnType: (name) => FUNCTION_SIGNATURES[name]?.returnType,
};
