import { describe, expect, it } from 'vitest';
import { buildExpectations, diffExpectations } from './expectations';
import type { FileResult } from './runner';

const run = (file: string, failing: number[], errors: number[] = []): FileResult => ({
  file,
  evals: [1, 2, 3].map((line) => ({ line, query: `q${line}`, ok: !failing.includes(line), touchesHistograms: line === 3, ...(failing.includes(line) ? { message: 'boom' } : {}) })),
  errors: errors.map((line) => ({ line, message: 'load failed' })),
  durationMs: 0,
});

describe('known-failures list', () => {
  it('is built from a run, sorted, without messages', () => {
    expect(buildExpectations([run('b.test', [3]), run('a.test', [2], [1])], 'c')).toEqual({
      comment: 'c',
      failures: [
        { file: 'a.test', line: 1, query: '', kind: 'error' },
        { file: 'a.test', line: 2, query: 'q2' },
        { file: 'b.test', line: 3, query: 'q3', histogram: true },
      ],
    });
  });
  it('keeps the entries of files that did not run when regenerating', () => {
    const previous = { failures: [{ file: 'z.test', line: 9, query: 'q9' }, { file: 'a.test', line: 1, query: 'q1' }] };
    expect(buildExpectations([run('a.test', [2])], '', previous).failures.map((f) => `${f.file}:${f.line}`)).toEqual(['a.test:2', 'z.test:9']);
  });
  it('reports new failures and listed cases that pass now, ignoring files that did not run', () => {
    const list = buildExpectations([run('a.test', [1, 2]), run('b.test', [1])], '');
    const diff = diffExpectations([run('a.test', [2, 3])], list);
    expect(diff.unexpected.map((f) => `${f.file}:${f.line}`)).toEqual(['a.test:3']);
    expect(diff.nowPassing.map((f) => `${f.file}:${f.line}`)).toEqual(['a.test:1']);
  });
  it('keys by query text too, so an edited eval is not silently excused', () => {
    const list = { failures: [{ file: 'a.test', line: 2, query: 'old query' }] };
    expect(diffExpectations([run('a.test', [2])], list).unexpected).toHaveLength(1);
  });
});
