import { describe, expect, it } from 'vitest';
import { parseExposition, OPENMETRICS_CONTENT_TYPE, TEXT_CONTENT_TYPE } from './detect';
import { ExpositionError } from './error';

describe('parseExposition', () => {
  it('follows the Content-Type when there is one', () => {
    expect(parseExposition('a 1\n# EOF\n', OPENMETRICS_CONTENT_TYPE).format).toBe('openmetrics');
    expect(parseExposition('a 1\n# EOF\n', 'Application/OpenMetrics-Text').format).toBe('openmetrics');
    expect(parseExposition('a 1\n', TEXT_CONTENT_TYPE).format).toBe('text');
    expect(parseExposition('a 1\n', 'application/json').format).toBe('text');
  });

  it('treats a trailing # EOF as OpenMetrics without a Content-Type', () => {
    expect(parseExposition('# TYPE a counter\na_total 1\n# EOF\n')).toMatchObject({ format: 'openmetrics', families: [{ name: 'a', type: 'counter' }] });
    expect(parseExposition('a 1\n# EOF').format).toBe('openmetrics');
    expect(parseExposition('a 1\n# EOF\n', '').format).toBe('openmetrics');
    expect(parseExposition('# TYPE a_total counter\na_total 1\n')).toMatchObject({ format: 'text', families: [{ name: 'a_total', type: 'counter' }] });
  });

  it('reports errors of the chosen format', () => {
    expect(() => parseExposition('a 1\n', OPENMETRICS_CONTENT_TYPE)).toThrow(
      new ExpositionError('openmetrics', 2, 'unexpected end of input, expected "# EOF"'),
    );
    expect(() => parseExposition('a 1\n# EOF\n', TEXT_CONTENT_TYPE)).not.toThrow();
  });
});
