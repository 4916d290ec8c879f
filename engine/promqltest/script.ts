/**
 * The parsed form of a promqltest script: plain data produced by the reader
 * (reader.ts) and executed by the runner (runner.ts). Line numbers are
 * 1-based lines of the file, for messages.
 */
import type { Labels } from '../model/labels';
import type { SeqValue } from './series';

export type Command = LoadCommand | ClearCommand | EvalCommand;

/** LoadCommand is `load <step>` or `load_with_nhcb <step>` with its series. */
export interface LoadCommand {
  readonly kind: 'load';
  readonly line: number;
  readonly stepMs: number;
  /** Also store classic histograms as native histograms with custom buckets (FORMAT.md §3.4). */
  readonly withNhcb: boolean;
  readonly series: readonly LoadSeries[];
}

/** LoadSeries is one series of a load body; sample k is at k × stepMs. */
export interface LoadSeries {
  readonly line: number;
  readonly labels: Labels;
  readonly values: readonly SeqValue[];
  /** Per position: start-timestamp offset in ms from an `@st` line, if one preceded this line. */
  readonly startOffsetsMs?: readonly (number | undefined)[];
}

export interface ClearCommand {
  readonly kind: 'clear';
  readonly line: number;
}

/** EvalTiming is when a query runs: one instant, or a range of steps. */
export type EvalTiming =
  | { readonly kind: 'instant'; readonly atMs: number }
  | { readonly kind: 'range'; readonly startMs: number; readonly endMs: number; readonly stepMs: number };

/** TextMatcher matches an error or annotation text: anything, exactly, or by unanchored regex search. */
export type TextMatcher =
  | { readonly kind: 'any' }
  | { readonly kind: 'msg'; readonly text: string }
  | { readonly kind: 'regex'; readonly source: string; readonly re: RegExp };

/**
 * AnnotationExpectation for one severity: 'unchecked' (no expect line; any
 * annotations accepted), 'none' (`expect no_warn`), or 'some' with the
 * matchers of the `expect warn ...` lines.
 */
export type AnnotationExpectation =
  | { readonly mode: 'unchecked' }
  | { readonly mode: 'none' }
  | { readonly mode: 'some'; readonly matchers: readonly TextMatcher[] };

/** ExpectedSeries is one expected result line. */
export interface ExpectedSeries {
  readonly line: number;
  readonly labels: Labels;
  readonly values: readonly SeqValue[];
}

/** EvalCommand is one `eval` with everything its body expects. */
export interface EvalCommand {
  readonly kind: 'eval';
  readonly line: number;
  readonly expr: string;
  readonly timing: EvalTiming;
  readonly fail?: TextMatcher;
  readonly warn: AnnotationExpectation;
  readonly info: AnnotationExpectation;
  readonly ordered: boolean;
  /** `expect range vector from a to b step s`: the instant query returns a matrix, evaluated at endMs. */
  readonly rangeVector?: { readonly startMs: number; readonly endMs: number; readonly stepMs: number };
  readonly expectString?: string;
  /** A bare-number line: the result must be this scalar. */
  readonly scalar?: number;
  readonly series: readonly ExpectedSeries[];
}

/** ScriptError is a problem found while reading a script. */
export interface ScriptError {
  readonly line: number;
  readonly message: string;
}

/** Script is a parsed file: its commands, and the reading errors (the commands they affect are left out). */
export interface Script {
  readonly commands: readonly Command[];
  readonly errors: readonly ScriptError[];
}
