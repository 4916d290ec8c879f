/**
 * readScript turns the text of a promqltest file into commands (FORMAT.md
 * §1, §3, §5, §6). It checks the notation only; queries are parsed later by
 * the runner. A malformed command is reported with its line and skipped, so
 * the rest of the file still runs and every problem is visible at once.
 */
import { labelsKey } from '../model/labels';
import { parseEvalBody } from './eval-body';
import { durationAt, ScriptSyntaxError, type Line } from './lines';
import type { Command, EvalCommand, EvalTiming, LoadSeries, Script, ScriptError, TextMatcher } from './script';
import { expandValues, parseSeriesLine } from './series';
import { expandStartOffsets } from './start-timestamps';

const PAT_LOAD = /^load(_with_nhcb)?\s+(\S+)$/;
const PAT_INSTANT = /^eval(?:_(fail|warn|ordered|info))?\s+instant\s+at\s+(\S+)\s+(.+)$/;
const PAT_RANGE = /^eval(?:_(fail|warn|info))?\s+range\s+from\s+(\S+)\s+to\s+(\S+)\s+step\s+(\S+)\s+(.+)$/;

/** readScript parses a whole file; see the file comment. */
export function readScript(text: string): Script {
  // Comment lines become empty lines, so a comment also ends a body.
  const lines: Line[] = text.split(/\r?\n/).map((raw, i) => {
    const t = raw.trim();
    return { no: i + 1, text: t.startsWith('#') ? '' : t };
  });
  const commands: Command[] = [];
  const errors: ScriptError[] = [];
  let i = 0;
  while (i < lines.length) {
    const head = lines[i]!;
    if (head.text === '') {
      i++;
      continue;
    }
    const bodyStart = i + 1;
    let bodyEnd = bodyStart;
    while (bodyEnd < lines.length && lines[bodyEnd]!.text !== '') bodyEnd++;
    try {
      const word = head.text.split(/\s+/, 1)[0]!.toLowerCase();
      if (word === 'clear') {
        commands.push({ kind: 'clear', line: head.no });
        i = bodyStart;
      } else if (word === 'load' || word === 'load_with_nhcb') {
        commands.push(readLoad(head, lines.slice(bodyStart, bodyEnd)));
        i = bodyEnd;
      } else if (word.startsWith('eval')) {
        const { command, consumed } = readEval(head, lines.slice(bodyStart, bodyEnd));
        commands.push(command);
        i = bodyStart + consumed;
      } else {
        throw new ScriptSyntaxError(head.no, `invalid command "${head.text}"`);
      }
    } catch (e) {
      errors.push(toScriptError(e, head.no));
      i = bodyEnd;
    }
  }
  return { commands, errors };
}

function toScriptError(e: unknown, fallbackLine: number): ScriptError {
  if (e instanceof ScriptSyntaxError) return { line: e.line, message: e.message };
  return { line: fallbackLine, message: e instanceof Error ? e.message : String(e) };
}

function readLoad(head: Line, body: readonly Line[]): Command {
  const m = PAT_LOAD.exec(head.text);
  if (m === null) throw new ScriptSyntaxError(head.no, `invalid load command "${head.text}" (expected "load <step>")`);
  const stepMs = durationAt(m[2]!, head.no, 'load step');
  // A later line for the same label set replaces the earlier one (Map keeps the first position).
  const byLabels = new Map<string, LoadSeries>();
  let pendingStart: { labels: string; offsets: (number | undefined)[]; line: number } | undefined;
  for (const l of body) {
    try {
      const s = parseSeriesLine(l.text);
      const key = labelsKey(s.labels);
      if (s.startTimestamps) {
        if (pendingStart !== undefined) throw new Error('an "@st" line must be followed by the sample line of the same series');
        pendingStart = { labels: key, offsets: expandStartOffsets(s.rest), line: l.no };
        continue;
      }
      const values = expandValues(s.rest);
      let startOffsetsMs: (number | undefined)[] | undefined;
      if (pendingStart !== undefined) {
        if (pendingStart.labels !== key) throw new Error('an "@st" line must be followed by the sample line of the same series');
        if (pendingStart.offsets.length !== values.length) {
          throw new Error(`the "@st" line has ${pendingStart.offsets.length} positions but the sample line has ${values.length}`);
        }
        startOffsetsMs = pendingStart.offsets;
        pendingStart = undefined;
      }
      byLabels.set(key, { line: l.no, labels: s.labels, values, ...(startOffsetsMs ? { startOffsetsMs } : {}) });
    } catch (e) {
      if (e instanceof ScriptSyntaxError) throw e;
      throw new ScriptSyntaxError(l.no, `invalid series "${l.text}": ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  if (pendingStart !== undefined) throw new ScriptSyntaxError(pendingStart.line, 'an "@st" line must be followed by the sample line of the same series');
  return { kind: 'load', line: head.no, stepMs, withNhcb: m[1] !== undefined, series: [...byLabels.values()] };
}

/** readEval parses an eval command line and its body; `consumed` is how many body lines belong to it. */
function readEval(head: Line, body: readonly Line[]): { command: EvalCommand; consumed: number } {
  let timing: EvalTiming;
  let expr: string;
  let legacy: string | undefined;
  const inst = PAT_INSTANT.exec(head.text);
  const range = inst === null ? PAT_RANGE.exec(head.text) : null;
  if (inst !== null) {
    legacy = inst[1];
    timing = { kind: 'instant', atMs: durationAt(inst[2]!, head.no, 'evaluation time') };
    expr = inst[3]!;
  } else if (range !== null) {
    legacy = range[1];
    const startMs = durationAt(range[2]!, head.no, 'start time');
    const endMs = durationAt(range[3]!, head.no, 'end time');
    const stepMs = durationAt(range[4]!, head.no, 'step');
    if (endMs < startMs) throw new ScriptSyntaxError(head.no, `invalid range: end time ${range[3]} is before start time ${range[2]}`);
    if (stepMs <= 0) throw new ScriptSyntaxError(head.no, 'invalid range: the step must be positive');
    timing = { kind: 'range', startMs, endMs, stepMs };
    expr = range[5]!;
  } else {
    throw new ScriptSyntaxError(head.no, `invalid eval command "${head.text}"`);
  }
  // The deprecated eval_fail/eval_warn/eval_info/eval_ordered spellings mean an implicit expect line.
  const implicit = legacy === undefined ? [] : [`expect ${legacy}`];
  const parsed = parseEvalBody(head.no, body, implicit, timing, legacy === 'fail');
  const fail: TextMatcher | undefined = parsed.fail;
  return {
    command: { kind: 'eval', line: head.no, expr: expr.trim(), timing, ...parsed.fields, ...(fail ? { fail } : {}) },
    consumed: parsed.consumed,
  };
}
