import { describe, expect, it } from 'vitest';
import { readScript } from './reader';
import type { EvalCommand, LoadCommand } from './script';

const evals = (text: string): EvalCommand[] => readScript(text).commands.filter((c): c is EvalCommand => c.kind === 'eval');

describe('readScript', () => {
  it('ends bodies at blank lines and at comment lines', () => {
    const s = readScript(['load 1m', '  m 1 2', '', 'eval instant at 1m m', '# Should produce no results.', '  m 2'].join('\n'));
    // "m 2" after the comment is in command position, so it is an invalid command.
    expect(s.errors).toEqual([{ line: 6, message: 'invalid command "m 2"' }]);
    const e = s.commands[1] as EvalCommand;
    expect(e.series).toEqual([]);
    expect((s.commands[0] as LoadCommand).series[0]!.values).toHaveLength(2);
  });
  it('reads instant and range timings in milliseconds', () => {
    const [a, b] = evals('eval instant at 1m30s foo\n\neval range from 0 to 2m step 30s rate(x[5m])\n  {} 1 2');
    expect(a!.timing).toEqual({ kind: 'instant', atMs: 90_000 });
    expect(b!.timing).toEqual({ kind: 'range', startMs: 0, endMs: 120_000, stepMs: 30_000 });
    expect(b!.expr).toBe('rate(x[5m])');
  });
  it('maps deprecated spellings onto expect lines', () => {
    const [f, w, o] = evals('eval_fail instant at 0 a\n  expected_fail_message boom\n\neval_warn range from 0 to 1m step 1m b\n\neval_ordered instant at 0 c');
    expect(f!.fail).toEqual({ kind: 'msg', text: 'boom' });
    expect(w!.warn).toEqual({ mode: 'some', matchers: [{ kind: 'any' }] });
    expect(o!.ordered).toBe(true);
  });
  it('reads every kind of expect line', () => {
    const [e] = evals(
      [
        'eval instant at 1m foo',
        '  expect fail regex: same (label)?set',
        '  expect warn msg: PromQL warning: x (1:1)',
        '  expect no_info',
        '  expect ordered',
      ].join('\n'),
    );
    expect(e!.fail?.kind).toBe('regex');
    expect(e!.warn).toEqual({ mode: 'some', matchers: [{ kind: 'msg', text: 'PromQL warning: x (1:1)' }] });
    expect(e!.info).toEqual({ mode: 'none' });
    expect(e!.ordered).toBe(true);
  });
  it('stops the body after a scalar line', () => {
    const s = readScript('eval instant at 0 1+1\n  2\nclear');
    expect(s.errors).toEqual([]);
    expect(s.commands.map((c) => c.kind)).toEqual(['eval', 'clear']);
    expect((s.commands[0] as EvalCommand).scalar).toBe(2);
  });
  it('reads string and range-vector expectations', () => {
    const [s, r] = evals('eval instant at 0 " a "\n  expect string " a "\n\neval instant at 1m m[1m]\n  expect range vector from 30s to 1m step 30s\n  m 1 2');
    expect(s!.expectString).toBe(' a ');
    expect(r!.rangeVector).toEqual({ startMs: 30_000, endMs: 60_000, stepMs: 30_000 });
    expect(r!.series[0]!.values).toHaveLength(2);
  });
  it('reports malformed commands with their line and keeps going', () => {
    const s = readScript('eval instant at 1m foo\n  foo 1 2\n\nload 1x\n  m 1\n\neval instant at 0 warn_and_no_warn\n  expect warn\n  expect no_warn\n\nclear');
    expect(s.errors.map((e) => e.line)).toEqual([2, 4, 9]);
    expect(s.errors[0]!.message).toMatch(/multiple values/);
    expect(s.commands.map((c) => c.kind)).toEqual(['clear']);
  });
  it('attaches @st offsets to the following sample line and lets later lines replace earlier ones', () => {
    const s = readScript('load 1m\n  c{a="1"} 1 2\n  c{a="1"}@st -1m -1m\n  c{a="1"} 5 6');
    const load = s.commands[0] as LoadCommand;
    expect(s.errors).toEqual([]);
    expect(load.series).toHaveLength(1);
    expect(load.series[0]!.startOffsetsMs).toEqual([-60_000, -60_000]);
  });
});
