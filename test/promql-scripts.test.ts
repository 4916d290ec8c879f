/**
 * Runs our own promqltest scripts (test/promql/*.test) against the engine,
 * with the hidden checks on; every eval must pass.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { conformanceDeps } from '../engine/cli/conformance-env';
import { listTestFiles, runFile } from '../engine/cli/conformance-files';
import { failuresOf } from '../engine/promqltest/index';

const dir = fileURLToPath(new URL('./promql', import.meta.url));
const deps = conformanceDeps();

describe('our promqltest scripts', () => {
  for (const path of listTestFiles([dir])) {
    const name = path.slice(dir.length + 1);
    it(`${name} passes every eval`, async () => {
      const r = await runFile(path, deps);
      expect(r.evals.length).toBeGreaterThan(0);
      expect(failuresOf([r]).map((f) => `test/promql/${f.file}:${f.line}: ${f.message}`)).toEqual([]);
    });
  }
});
