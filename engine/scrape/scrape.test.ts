import { describe, expect, it } from 'vitest';
import { OPENMETRICS_CONTENT_TYPE } from '../exposition';
import { createHead } from '../tsdb';
import { normalizeFloatLabel, SCRAPE_ACCEPT_HEADER, targetsData } from './index';
import { FakeExporter, harness, T0, type Harness } from './testing';

const IV = 15_000;

/** one target `t:1` in job `j`, plus extra scrape config lines. */
function single(body: string, extra = ''): { h: Harness; ex: FakeExporter } {
  const ex = new FakeExporter(body);
  const yaml = `scrape_configs:\n  - job_name: j\n    scrape_interval: 15s\n    static_configs:\n      - targets: [t:1]\n${extra}`;
  const h = harness(createHead(), yaml, (net) => net.register('t:1', ex));
  return { h, ex };
}

/** scrapeTimes are the start times of the scrapes so far. */
function scrapeTimes(h: Harness): number[] {
  return h.manager.events.list().flatMap((e) => (e.kind === 'scrape' ? [e.startMs] : []));
}

describe('a scrape', () => {
  it('requests the metrics path with Prometheus headers', () => {
    const { h, ex } = single('a 1\n');
    h.manager.runUntil(T0 + IV - 1);
    const req = ex.requests[0]!;
    expect(req).toMatchObject({ method: 'GET', path: '/metrics', query: {} });
    expect(req.headers['Accept']).toBe(SCRAPE_ACCEPT_HEADER);
    expect(req.headers['X-Prometheus-Scrape-Timeout-Seconds']).toBe('10');
  });

  it('stores samples with the target labels at the scrape time, and the synthetic series', () => {
    const { h } = single('# TYPE a counter\na_total{x="1"} 5\na_total{x="2"} 7\n');
    h.manager.runUntil(T0 + IV - 1);
    const [t] = scrapeTimes(h);
    expect(h.series('a_total').map((s) => [s.labels, s.ts, s.vs])).toEqual([
      [{ __name__: 'a_total', instance: 't:1', job: 'j', x: '1' }, [t], [5]],
      [{ __name__: 'a_total', instance: 't:1', job: 'j', x: '2' }, [t], [7]],
    ]);
    const one = (name: string) => h.series(name)[0]!;
    expect(one('up').labels).toEqual({ __name__: 'up', instance: 't:1', job: 'j' });
    expect(one('up').vs).toEqual([1]);
    expect(one('up').ts).toEqual([t]);
    expect(one('scrape_duration_seconds').vs).toEqual([0.005]);
    expect(one('scrape_samples_scraped').vs).toEqual([2]);
    expect(one('scrape_samples_post_metric_relabeling').vs).toEqual([2]);
    expect(one('scrape_series_added').vs).toEqual([2]);
  });

  it('stores the same samples in storage that takes no series refs', () => {
    const body = (v: number) => `# TYPE a counter\na_total{x="1"} ${v}\nb ${v * 2}\n`;
    const run = (storage: ReturnType<typeof createHead>) => {
      const ex = new FakeExporter(body(1));
      const h = harness(storage, 'scrape_configs:\n  - job_name: j\n    scrape_interval: 15s\n    static_configs:\n      - targets: [t:1]\n', (net) => net.register('t:1', ex));
      for (let i = 1; i <= 4; i++) {
        h.manager.runUntil(T0 + i * IV - 1);
        ex.body = body(i + 1);
      }
      return ['a_total', 'b', 'up'].map((n) => h.series(n));
    };
    const head = createHead();
    const withoutRefs = { querier: head.querier.bind(head), appender: () => ({ ...head.appender(), appendRef: undefined, appendRefsAt: undefined }) };
    expect(run(withoutRefs as unknown as ReturnType<typeof createHead>)).toEqual(run(createHead()));
  });

  it('counts no added series once a body repeats, and keeps counting samples', () => {
    const { h, ex } = single('a 1\nb 2\n');
    h.manager.runUntil(T0 + IV - 1);
    ex.body = 'a 3\nb 4\n';
    h.manager.runUntil(T0 + 3 * IV - 1);
    expect(h.series('scrape_series_added')[0]!.vs).toEqual([2, 0, 0]);
    expect(h.series('scrape_samples_scraped')[0]!.vs).toEqual([2, 2, 2]);
    expect(h.series('a')[0]!.vs).toEqual([1, 3, 3]);
    expect(h.series('b')[0]!.vs).toEqual([2, 4, 4]);
  });

  it('reads OpenMetrics by Content-Type', () => {
    const { h, ex } = single('# TYPE a counter\na_total 3\n# EOF\n');
    ex.contentType = OPENMETRICS_CONTENT_TYPE;
    h.manager.runUntil(T0 + 2 * IV - 1);
    expect(h.series('a_total')[0]!.vs).toEqual([3, 3]);
  });

  it('records metadata in the storage', () => {
    const { h } = single('# HELP a Some a.\n# TYPE a gauge\na 1\n');
    h.manager.runUntil(T0 + IV - 1);
    expect(h.head.querier(0, Infinity).metadata('a').get('a')).toEqual({ type: 'gauge', help: 'Some a.', unit: '' });
  });
});

describe('honor_labels', () => {
  const body = 'm{job="batch",instance="pusher",x="1"} 1\n';

  it('renames conflicting exposed labels with exported_ when false', () => {
    const { h } = single(body);
    h.manager.runUntil(T0 + IV - 1);
    expect(h.series('m')[0]!.labels).toEqual({ __name__: 'm', exported_instance: 'pusher', exported_job: 'batch', instance: 't:1', job: 'j', x: '1' });
  });

  it('keeps exposed labels when true', () => {
    const { h } = single(body, '    honor_labels: true\n');
    h.manager.runUntil(T0 + IV - 1);
    expect(h.series('m')[0]!.labels).toEqual({ __name__: 'm', instance: 'pusher', job: 'batch', x: '1' });
  });

  it('prefixes again when exported_ is taken', () => {
    const { h } = single('m{job="a",exported_job="b"} 1\n');
    h.manager.runUntil(T0 + IV - 1);
    expect(h.series('m')[0]!.labels).toEqual({ __name__: 'm', exported_exported_job: 'a', exported_job: 'b', instance: 't:1', job: 'j' });
  });
});

describe('honor_timestamps', () => {
  const body = 'm 1 1767225600500\n';

  it('uses exposed timestamps by default', () => {
    const { h } = single(body);
    h.manager.runUntil(T0 + IV - 1);
    expect(h.series('m')[0]!.ts).toEqual([1767225600500]);
  });

  it('uses the scrape time when false', () => {
    const { h } = single(body, '    honor_timestamps: false\n');
    h.manager.runUntil(T0 + IV - 1);
    expect(h.series('m')[0]!.ts).toEqual(scrapeTimes(h));
  });
});

describe('metric_relabel_configs', () => {
  it('drops and rewrites series before storage and counts what is left', () => {
    const { h } = single('keep_me 1\ndrop_me 2\n', '    metric_relabel_configs:\n      - source_labels: [__name__]\n        regex: drop_.*\n        action: drop\n      - target_label: team\n        replacement: infra\n');
    h.manager.runUntil(T0 + 2 * IV - 1);
    expect(h.series('drop_me')).toEqual([]);
    expect(h.series('keep_me')[0]!.labels.team).toBe('infra');
    expect(h.series('scrape_samples_scraped')[0]!.vs).toEqual([2, 2]);
    expect(h.series('scrape_samples_post_metric_relabeling')[0]!.vs).toEqual([1, 1]);
  });
});

describe('limits', () => {
  it('fails a scrape over sample_limit and stores nothing of it', () => {
    const { h } = single('a 1\nb 1\nc 1\n', '    sample_limit: 2\n');
    h.manager.runUntil(T0 + IV - 1);
    expect(h.series('a')).toEqual([]);
    expect(h.series('up')[0]!.vs).toEqual([0]);
    expect(h.series('scrape_samples_scraped')[0]!.vs).toEqual([3]);
    expect(targetsData(h.manager).activeTargets[0]).toMatchObject({ health: 'down', lastError: 'sample limit exceeded' });
  });

  it('counts samples after metric relabeling against sample_limit', () => {
    const { h } = single('a 1\nb 1\nc 1\n', '    sample_limit: 2\n    metric_relabel_configs:\n      - source_labels: [__name__]\n        regex: c\n        action: drop\n');
    h.manager.runUntil(T0 + IV - 1);
    expect(h.series('up')[0]!.vs).toEqual([1]);
  });

  it('marks the previous series stale when a later scrape exceeds the limit', () => {
    const { h, ex } = single('a 1\n', '    sample_limit: 2\n');
    h.manager.runUntil(T0 + IV - 1);
    ex.body = 'a 1\nb 1\nc 1\n';
    h.manager.runUntil(T0 + 2 * IV - 1);
    expect(h.series('a')[0]!.stale).toEqual([false, true]);
    expect(h.series('b')).toEqual([]);
  });

  const limitCases = [
    { extra: '    label_limit: 3\n', error: 'label_limit exceeded (metric: m, number of labels: 4, limit: 3)' },
    { extra: '    label_name_length_limit: 5\n', error: 'label_name_length_limit exceeded (metric: m, label name: __name__, length: 8, limit: 5)' },
    { extra: '    label_value_length_limit: 3\n', error: 'label_value_length_limit exceeded (metric: m, label name: x, value: "long", length: 4, limit: 3)' },
  ];
  for (const c of limitCases) {
    it(`fails a scrape with ${c.error.split(' ')[0]}`, () => {
      const { h } = single('m{x="long"} 1\n', c.extra);
      h.manager.runUntil(T0 + IV - 1);
      expect(targetsData(h.manager).activeTargets[0]!.lastError).toBe(c.error);
      expect(h.series('m')).toEqual([]);
    });
  }

  it('fails every target of a pool over target_limit', () => {
    const ex = new FakeExporter('a 1\n');
    const yaml = 'scrape_configs:\n  - job_name: j\n    target_limit: 1\n    static_configs:\n      - targets: [t:1, u:1]\n';
    const h = harness(createHead(), yaml, (net) => (net.register('t:1', ex), net.register('u:1', ex)));
    h.manager.runUntil(T0 + 60_000);
    const errors = targetsData(h.manager).activeTargets.map((t) => t.lastError);
    expect(errors).toEqual(['target_limit exceeded (number of targets: 2, limit: 1)', 'target_limit exceeded (number of targets: 2, limit: 1)']);
    expect(ex.requests).toHaveLength(0);
  });
});

describe('le and quantile normalisation', () => {
  it('writes classic histogram le and summary quantile values in float form', () => {
    const body = [
      '# TYPE h histogram',
      'h_bucket{le="1"} 1',
      'h_bucket{le="2.5"} 2',
      'h_bucket{le="1e3"} 3',
      'h_bucket{le="+Inf"} 4',
      'h_sum 5',
      'h_count 4',
      '# TYPE s summary',
      's{quantile="0"} 1',
      's{quantile="0.99"} 2',
      's_sum 1',
      's_count 1',
      '# TYPE g gauge',
      'g{le="1"} 1',
      '',
    ].join('\n');
    const { h } = single(body);
    h.manager.runUntil(T0 + IV - 1);
    expect(h.series('h_bucket').map((s) => s.labels.le).sort()).toEqual(['+Inf', '1.0', '1000.0', '2.5']);
    expect(h.series('s').map((s) => s.labels.quantile).sort()).toEqual(['0.0', '0.99']);
    expect(h.series('g')[0]!.labels.le).toBe('1');
  });

  it('follows Prometheus 3 formatting rules', () => {
    expect(normalizeFloatLabel('histogram', 'le', '1')).toBe('1.0');
    expect(normalizeFloatLabel('histogram', 'le', '0.5')).toBe('0.5');
    expect(normalizeFloatLabel('histogram', 'le', '1000000')).toBe('1e+06');
    expect(normalizeFloatLabel('histogram', 'le', '+inf')).toBe('+Inf');
    expect(normalizeFloatLabel('histogram', 'le', 'abc')).toBe('abc');
    expect(normalizeFloatLabel('summary', 'le', '1')).toBe('1');
  });
});

describe('failed scrapes', () => {
  it('reports an HTTP error status in Prometheus words', () => {
    const { h, ex } = single('a 1\n');
    ex.status = 500;
    h.manager.runUntil(T0 + IV - 1);
    expect(targetsData(h.manager).activeTargets[0]).toMatchObject({ health: 'down', lastError: 'server returned HTTP status 500 Internal Server Error' });
    expect(h.series('up')[0]!.vs).toEqual([0]);
  });

  it('reports a timeout and records the time waited', () => {
    const { h, ex } = single('a 1\n');
    ex.durationMs = 12_000;
    h.manager.runUntil(T0 + IV - 1);
    expect(targetsData(h.manager).activeTargets[0]!.lastError).toBe('Get "http://t:1/metrics": context deadline exceeded');
    expect(h.series('scrape_duration_seconds')[0]!.vs).toEqual([10]);
  });

  it('reports a malformed body with the parser error', () => {
    const { h } = single('a{x="1"} one\n');
    h.manager.runUntil(T0 + IV - 1);
    expect(targetsData(h.manager).activeTargets[0]!.lastError).toMatch(/^text format parsing error in line 1: /);
  });

  it('reports an unknown host', () => {
    const h = harness(createHead(), 'scrape_configs:\n  - job_name: j\n    static_configs:\n      - targets: [nowhere:1]\n', () => {});
    h.manager.runUntil(T0 + 60_000);
    expect(targetsData(h.manager).activeTargets[0]!.lastError).toMatch(/^Get "http:\/\/nowhere:1\/metrics": dial tcp: lookup nowhere/);
  });
});

describe('staleness', () => {
  it('marks a series stale in the first scrape it is missing from', () => {
    const { h, ex } = single('a 1\nb 1\n');
    h.manager.runUntil(T0 + IV - 1);
    ex.body = 'a 2\n';
    h.manager.runUntil(T0 + 3 * IV - 1);
    const times = scrapeTimes(h);
    const b = h.series('b')[0]!;
    expect(b.ts).toEqual([times[0], times[1]]);
    expect(b.stale).toEqual([false, true]);
    expect(h.series('a')[0]!.stale).toEqual([false, false, false]);
  });

  it('marks all series stale when the target goes down, but not up', () => {
    const { h, ex } = single('a 1\n');
    h.manager.runUntil(T0 + IV - 1);
    ex.status = 503;
    h.manager.runUntil(T0 + 3 * IV - 1);
    expect(h.series('a')[0]!.stale).toEqual([false, true]);
    expect(h.series('up')[0]!.vs).toEqual([1, 0, 0]);
    ex.status = 200;
    h.manager.runUntil(T0 + 4 * IV - 1);
    expect(h.series('a')[0]!.stale).toEqual([false, true, false]);
  });

  it('does not track series with explicit timestamps', () => {
    const { h, ex } = single('a 1 1767225600000\nb 1\n');
    h.manager.runUntil(T0 + IV - 1);
    ex.body = '';
    h.manager.runUntil(T0 + 2 * IV - 1);
    expect(h.series('a')[0]!.stale).toEqual([false]);
    expect(h.series('b')[0]!.stale).toEqual([false, true]);
  });

  it('marks everything of a removed target stale at its next scrape time, written two intervals later', () => {
    const { h } = single('a 1\n');
    h.manager.runUntil(T0 + IV - 1);
    const [t1] = scrapeTimes(h);
    h.manager.applyConfigText('scrape_configs: []\n');
    h.manager.runUntil(t1! + 2 * IV);
    expect(h.series('a')[0]!.stale).toEqual([false]);
    h.manager.runUntil(t1! + 3 * IV + IV / 10);
    for (const name of ['a', 'up', 'scrape_duration_seconds', 'scrape_series_added']) {
      const s = h.series(name)[0]!;
      expect(s.stale).toEqual([false, true]);
      expect(s.ts[1]).toBe(t1! + IV);
    }
  });
});
