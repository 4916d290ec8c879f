/**
 * Runs the shared upstream promqltest corpus (when present) and compares the
 * failures with test/conformance-expectations.json: any failure not listed
 * fails the test; listed cases that now pass are reported so the list can
 * shrink. Regenerate the list with:
 *   npx tsx engine/cli/conformance.ts --write-expectations test/conformance-expectations.json ../shared/conformance/promqltest
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { conformanceDeps } from '../engine/cli/conformance-env';
import { listTestFiles, runFile } from '../engine/cli/conformance-files';
import { diffExpectations, type ConformanceExpectations } from '../engine/promqltest/index';

const corpus = fileURLToPath(new URL('../../shared/conformance/promqltest', import.meta.url));
const expectationsPath = fileURLToPath(new URL('./conformance-expectations.json', import.meta.url));

describe.skipIf(!existsSync(corpus))('upstream promqltest corpus', () => {
  const expectations = JSON.parse(readFileSync(expectationsPath, 'utf8')) as ConformanceExpectations;
  const deps = conformanceDeps();
  for (const path of existsSync(corpus) ? listTestFiles([corpus]) : []) {
    const name = path.slice(corpus.length + 1);
    it(`${name} has no failures beyond the known ones`, async () => {
      const r = await runFile(path, deps);
      const { unexpected, nowPassing } = diffExpectations([r], expectations);
      if (nowPassing.length > 0) {
        console.log(
          `${name}: ${nowPassing.length} known failure(s) now pass; remove them from test/conformance-expectations.json:\n` +
            nowPassing.map((f) => `  ${f.file}:${f.line}: ${f.query}`).join('\n'),
        );
      }
      expect(unexpected.map((f) => `${f.file}:${f.line}: ${f.message}`)).toEqual([]);
    });
  }
});
