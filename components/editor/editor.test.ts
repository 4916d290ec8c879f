import { describe, expect, it } from 'vitest';
import { EqlRegex, EqlSingle, Neq } from '@prometheus-io/lezer-promql';
import { selectorFor } from './workerPrometheusClient';

describe('completion selectors sent to the worker', () => {
  it('combines the metric with the matchers typed so far, leaving out the label being completed', () => {
    const matchers = [
      { type: EqlSingle, name: 'job', value: 'api' },
      { type: EqlRegex, name: 'code', value: '5..' },
      { type: Neq, name: 'handler', value: '' },
    ];
    expect(selectorFor('http_requests_total', matchers, 'code')).toBe('{__name__="http_requests_total",job="api"}');
    expect(selectorFor(undefined, matchers)).toBe('{job="api",code=~"5.."}');
    expect(selectorFor()).toBeUndefined();
  });
});
