import { goQuoteRunes, utf8Length } from './go-strings';

/**
 * Token kinds produced by the lexer. Punctuation and operators are their own
 * text; keywords, aggregators and the "preprocessors" (start, end, step,
 * range, min_of, max_of) are their lower-case spelling, so a parser can test
 * `tok.kind === 'by'` whatever case the query used.
 */
export type TokenKind =
  | 'EOF' | 'ERROR' | 'COMMENT' | 'IDENTIFIER' | 'METRIC_IDENTIFIER' | 'NUMBER' | 'DURATION' | 'STRING'
  | '(' | ')' | '{' | '}' | '[' | ']' | ',' | '=' | ':'
  | OperatorKind | AggregatorKind | KeywordKind | PreprocessorKind;

type OperatorKind =
  | '+' | '-' | '*' | '/' | '%' | '^' | '==' | '!=' | '<=' | '<' | '>=' | '>' | '=~' | '!~'
  | '</' | '>/' | '@' | 'and' | 'or' | 'unless' | 'atan2';

type AggregatorKind =
  | 'sum' | 'avg' | 'count' | 'min' | 'max' | 'group' | 'stddev' | 'stdvar'
  | 'topk' | 'bottomk' | 'count_values' | 'quantile' | 'limitk' | 'limit_ratio';

type KeywordKind =
  | 'offset' | 'smoothed' | 'anchored' | 'by' | 'without' | 'on' | 'ignoring'
  | 'group_left' | 'group_right' | 'fill' | 'fill_left' | 'fill_right' | 'bool';

type PreprocessorKind = 'start' | 'end' | 'step' | 'range' | 'max_of' | 'min_of';

/** Token is one lexed item; `pos`/`end` are UTF-16 offsets into the query. */
export interface Token {
  readonly kind: TokenKind;
  readonly pos: number;
  readonly end: number;
  /** The source text (for ERROR tokens: the error message). */
  readonly text: string;
}

const OPERATOR_WORDS = ['and', 'or', 'unless', 'atan2'] as const;
const AGGREGATORS: readonly AggregatorKind[] = [
  'sum', 'avg', 'count', 'min', 'max', 'group', 'stddev', 'stdvar',
  'topk', 'bottomk', 'count_values', 'quantile', 'limitk', 'limit_ratio',
];
const KEYWORDS: readonly KeywordKind[] = [
  'offset', 'smoothed', 'anchored', 'by', 'without', 'on', 'ignoring',
  'group_left', 'group_right', 'fill', 'fill_left', 'fill_right', 'bool',
];
const PREPROCESSORS: readonly PreprocessorKind[] = ['start', 'end', 'step', 'range', 'max_of', 'min_of'];

const OPERATORS: ReadonlySet<string> = new Set<string>([
  '+', '-', '*', '/', '%', '^', '==', '!=', '<=', '<', '>=', '>', '=~', '!~', '</', '>/', '@', ...OPERATOR_WORDS,
]);
const AGGREGATOR_SET: ReadonlySet<string> = new Set<string>(AGGREGATORS);
const KEYWORD_SET: ReadonlySet<string> = new Set<string>(KEYWORDS);

/**
 * WORD_TOKENS maps the lower-cased words the lexer turns into special tokens
 * (Prometheus's `key` table). `inf` and `nan` lex as numbers.
 */
export const WORD_TOKENS: ReadonlyMap<string, TokenKind> = new Map<string, TokenKind>([
  ...OPERATOR_WORDS.map((w) => [w, w] as const),
  ...AGGREGATORS.map((w) => [w, w] as const),
  ...KEYWORDS.map((w) => [w, w] as const),
  ...PREPROCESSORS.map((w) => [w, w] as const),
  ['inf', 'NUMBER'],
  ['nan', 'NUMBER'],
]);

/** DURATION_KEYWORDS are the words recognised inside `[...]`. */
export const DURATION_KEYWORDS: ReadonlySet<string> = new Set(['step', 'range', 'max_of', 'min_of']);

function isOperator(kind: TokenKind): kind is OperatorKind {
  return OPERATORS.has(kind);
}

export function isAggregator(kind: TokenKind): kind is AggregatorKind {
  return AGGREGATOR_SET.has(kind);
}

function isKeyword(kind: TokenKind): kind is KeywordKind {
  return KEYWORD_SET.has(kind);
}

/**
 * METRIC_NAME_TOKENS are the token kinds that may name a metric at the start
 * of a selector (Prometheus's `metric_identifier` rule): most keywords are
 * only keywords where the grammar expects them.
 */
export const METRIC_NAME_TOKENS: ReadonlySet<TokenKind> = new Set<TokenKind>([
  'IDENTIFIER', 'METRIC_IDENTIFIER', ...AGGREGATORS, 'by', 'without', 'offset', 'and', 'or', 'unless',
  'fill', 'fill_left', 'fill_right', 'start', 'end', 'step', 'range', 'anchored', 'smoothed', 'max_of', 'min_of',
]);

/** LABEL_NAME_TOKENS may name a label in by/without/on/ignoring/group_x lists (`maybe_label`). */
export const LABEL_NAME_TOKENS: ReadonlySet<TokenKind> = new Set<TokenKind>([
  'IDENTIFIER', 'METRIC_IDENTIFIER', ...AGGREGATORS, 'bool', 'by', 'group_left', 'group_right', 'fill', 'fill_left',
  'fill_right', 'ignoring', 'and', 'or', 'unless', 'offset', 'on', 'start', 'end', 'atan2', 'step', 'range',
  'anchored', 'smoothed', 'max_of', 'min_of',
]);

/**
 * describeToken names a token in an "unexpected ..." message, worded as
 * Prometheus's Item.desc(): `end of input`, `identifier "foo"`, `<by>`,
 * `<op:*>`, `<aggr:sum>`, `"("`, `number "5"`, `string "\"abc\""`.
 */
export function describeToken(tok: Token): string {
  switch (tok.kind) {
    case 'EOF':
      return 'end of input';
    case 'ERROR':
      return tok.text;
    case 'IDENTIFIER':
      return `identifier ${goQuoteRunes(tok.text)}`;
    case 'METRIC_IDENTIFIER':
      return `metric identifier ${goQuoteRunes(tok.text)}`;
    case 'NUMBER':
      return `number ${itemText(tok.text)}`;
    case 'DURATION':
      return `duration ${itemText(tok.text)}`;
    case 'STRING':
      return `string ${itemText(tok.text)}`;
    default:
      if (isKeyword(tok.kind)) return `<${tok.text}>`;
      if (isOperator(tok.kind)) return `<op:${tok.text}>`;
      if (isAggregator(tok.kind)) return `<aggr:${tok.text}>`;
      return itemText(tok.text);
  }
}

/** itemText quotes a token's text; past 10 bytes it keeps 10 runes, like Go's `%.10q...`. */
function itemText(text: string): string {
  const runes = Array.from(text);
  if (utf8Length(text) > 10) return `${goQuoteRunes(runes.slice(0, 10).join(''))}...`;
  return goQuoteRunes(text);
}
