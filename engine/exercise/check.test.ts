import { describe, expect, it } from 'vitest';
import { checkExercise, configWorld, rangeStepMs } from './check';
import { testEnv } from './testing';
import type { ConfigExercise, LessonWorld, QueryExercise } from './types';
import { variantsOf, worldKey } from './variants';

const world: LessonWorld = { seed: 3, historyMs: 10 * 60_000 };

const upByJob: QueryExercise = {
  kind: 'query',
  prompt: 'How many targets are up per job?',
  hints: [],
  solution: 'sum by (job) (up)',
};

describe('variantsOf', () => {
  it('derives other seeds and shifted incidents, deterministically', () => {
    const w: LessonWorld = { seed: 5, incidents: [{ kind: 'error-burst', startedAgoMs: 10 * 60_000 }] };
    const v = variantsOf(w, 2);
    expect(v).toEqual(variantsOf(w, 2));
    expect(v.map((x) => x.seed)).toEqual([5 + 7919, 5 + 2 * 7919]);
    expect(v.map((x) => x.incidents![0]!.startedAgoMs)).toEqual([12 * 60_000, 8 * 60_000]);
  });

  it('gives equal keys for equal worlds whatever the key order', () => {
    expect(worldKey({ seed: 1, historyMs: 5 })).toBe(worldKey({ historyMs: 5, seed: 1 }));
    expect(worldKey({ seed: 1 })).not.toBe(worldKey({ seed: 2 }));
  });
});

describe('checkExercise', () => {
  const env = testEnv();

  it('passes the solution against itself on the world and its variants', async () => {
    const v = await checkExercise(upByJob, 'sum(up) by (job)', world, env);
    expect(v).toMatchObject({ ok: true });
    expect(v.message).toContain('2 hidden variants');
  });

  it('fails a query with a leftover label and says which', async () => {
    const v = await checkExercise(upByJob, 'up', world, env);
    expect(v.ok).toBe(false);
    expect(v.message).toContain('`instance`');
  });

  it('reports syntax errors as the learner’s failure', async () => {
    const v = await checkExercise(upByJob, 'sum by (job (up)', world, env);
    expect(v.ok).toBe(false);
    expect(v.message).toMatch(/^Your query fails: /);
  });

  it('catches an answer that only fits the lesson world', async () => {
    const ex: QueryExercise = { kind: 'query', prompt: '', hints: [], solution: 'sum(rate(http_requests_total[5m]))' };
    const here = await env.world(world);
    const value = await here.query(ex.solution, here.nowMs);
    const hardCoded = value.type === 'vector' ? `vector(${value.samples[0]!.v})` : '0';
    const v = await checkExercise(ex, hardCoded, world, env);
    expect(v.ok).toBe(false);
    expect(v.message).toContain('hidden variant');
    // The variant's own explanation continues the sentence after the colon, in lower case.
    expect(v.message).toMatch(/incidents shifted in time\): [a-z`]/);
  });

  it('compares range results when rangeMs is set', async () => {
    const ex: QueryExercise = { ...upByJob, rangeMs: 5 * 60_000 };
    expect((await checkExercise(ex, 'sum without (instance, pod, namespace, node) (up)', world, env)).ok).toBe(true);
    expect((await checkExercise(ex, 'count by (job) (up) * 2', world, env)).ok).toBe(false);
  });

  it('reuses built worlds', async () => {
    const before = env.built.length;
    await checkExercise(upByJob, 'sum by (job) (up)', world, env);
    expect(env.built.length).toBe(before);
  });

  it('checks a config exercise by its probes and reports a bad file with its line', async () => {
    const ex: ConfigExercise = {
      kind: 'config',
      file: 'rules',
      prompt: 'Record the number of up targets per job as job:up:sum.',
      hints: [],
      starter: 'groups: []\n',
      solution: 'groups:\n  - name: up\n    rules:\n      - record: job:up:sum\n        expr: sum by (job) (up)\n',
      probes: ['job:up:sum'],
      afterMs: 2 * 60_000,
    };
    expect((await checkExercise(ex, ex.solution, world, env)).ok).toBe(true);
    const wrong = await checkExercise(ex, 'groups:\n  - name: up\n    rules:\n      - record: job:up:sum\n        expr: sum(up)\n', world, env);
    expect(wrong.ok).toBe(false);
    expect(wrong.message).toContain('job:up:sum');
    expect(wrong.message).toContain('`job`');
    const bad = await checkExercise(ex, 'groups:\n  - name: up\n    rules:\n      - record: job:up:sum\n        expr: sum by (job (up)\n', world, env);
    expect(bad.ok).toBe(false);
    expect(bad.message).toMatch(/rejected: .*line 5/);
  });

  it('builds config worlds with only afterMs of history and the file in place', () => {
    const ex: ConfigExercise = { kind: 'config', file: 'prometheus', prompt: '', hints: [], starter: '', solution: 'x', probes: [], afterMs: 60_000 };
    expect(configWorld(ex, 'y', world)).toEqual({ seed: 3, historyMs: 60_000, prometheusYml: 'y' });
  });

  it('steps range checks on multiples of the scrape interval', () => {
    expect(rangeStepMs(5 * 60_000)).toBe(15_000);
    expect(rangeStepMs(60 * 60_000)).toBe(60_000);
  });
});
