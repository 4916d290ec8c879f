import { describe, expect, it } from 'vitest';
import { EMBED_DEFAULTS, embedSearch, embedWorldSetup, iframeSnippet, parseEmbedParams, parseIncident } from './embedParams';

const parse = (s: string) => parseEmbedParams(new URLSearchParams(s));

describe('embed URL parameters', () => {
  it('gives the defaults for an empty URL, with no problems', () => {
    expect(parse('')).toEqual({ config: EMBED_DEFAULTS, problems: [] });
  });

  it('reads every parameter of a query embed', () => {
    const { config, problems } = parse('query=up&view=table&range=30m&editor=0&readonly=1&theme=dark&height=300&seed=7&history=2h&incident=error-burst:api@40m%2B10m');
    expect(problems).toEqual([]);
    expect(config).toMatchObject({
      query: 'up', view: 'table', rangeMs: 1_800_000, editor: false, readOnly: true, theme: 'dark', height: 300, seed: 7, historyMs: 7_200_000,
      incidents: [{ kind: 'error-burst', target: 'api', startMs: 2_400_000, durationMs: 600_000 }],
    });
  });

  it('keeps the default and names the problem for each bad parameter', () => {
    const { config, problems } = parse('view=pie&range=forever&height=5&theme=neon&seed=-1&incident=meteor&unit=<b>&name=x&lesson=../etc&bogus=1');
    expect(config.view).toBe('graph');
    expect(config.rangeMs).toBe(EMBED_DEFAULTS.rangeMs);
    expect(config.height).toBe('auto');
    expect(config.incidents).toEqual([]);
    expect(config.panel.unit).toBe('short');
    expect(problems).toEqual([
      'view: "pie" is not one of graph, table, explain',
      'range: "forever" is not a duration (use e.g. 30m, 1h, 1d)',
      'height: "5" is not auto or a number of pixels from 120 to 2000',
      'theme: "neon" is not one of light, dark, auto',
      'seed: "-1" is not a whole number',
      expect.stringContaining('incident: unknown kind "meteor"'),
      expect.stringMatching(/^unit: "<b>" is not one of none, short, .*percentunit/),
      'name: "x" is not one of golden-signals, ml-serving, node-overview, batch-jobs',
      'lesson: "../etc" is not a lesson or exercise id',
      'unknown parameter "bogus" (ignored)',
    ]);
  });

  it('bounds ranges, history and query length', () => {
    expect(parse('range=30d').problems).toEqual(['range: "30d" is out of range (1s to 1w)']);
    expect(parse('history=2d').problems).toEqual(['history: "2d" is out of range (1s to 1d)']);
    expect(parse('query=' + 'x'.repeat(2001)).problems).toEqual(['query: longer than 2000 characters']);
  });

  it('parses incidents in their short form', () => {
    expect(parseIncident('instance-down')).toEqual({ kind: 'instance-down' });
    expect(parseIncident('instance-down:node-3@30m')).toEqual({ kind: 'instance-down', target: 'node-3', startMs: 1_800_000 });
    expect(parseIncident('instance-down:<script>')).toMatch(/^incident: bad target/);
  });

  it('writes URLs that parse back to the same configuration', () => {
    const { config } = parse('query=sum(up)&view=explain&range=6h&theme=light&seed=3&incident=traffic-spike@20m%2B5m&type=stat&unit=percentunit&title=Up');
    for (const kind of ['query', 'panel'] as const) {
      const again = parse(embedSearch(kind, config).slice(1)).config;
      expect(again.query).toBe(config.query);
      expect(again.rangeMs).toBe(config.rangeMs);
      expect(again.incidents).toEqual(config.incidents);
      expect(again.seed).toBe(3);
    }
    expect(parse(embedSearch('panel', config).slice(1)).config.panel).toEqual({ type: 'stat', title: 'Up', unit: 'percentunit', legend: '' });
  });

  it('turns incidents into a world setup with times from the world start', () => {
    const { config } = parse('seed=2&history=1h&incident=instance-down:node-1@30m%2B10m');
    expect(embedWorldSetup(config, 1000)).toEqual({
      seed: 2, historyMs: 3_600_000,
      incidents: [{ kind: 'instance-down', options: { target: 'node-1', atMs: 1000 + 1_800_000, durationMs: 600_000 } }],
    });
  });

  it('escapes every attribute of the iframe snippet', () => {
    const html = iframeSnippet('https://x/embed/query?query=a"><script>', 'A "title" <b>', 'auto');
    expect(html).not.toContain('<script>');
    expect(html).toContain('src="https://x/embed/query?query=a&quot;&gt;&lt;script&gt;"');
    expect(html).toContain('title="A &quot;title&quot; &lt;b&gt;"');
  });
});

describe('the embed parameter reference', () => {
  it('documents exactly the parameters the parser accepts', async () => {
    const { EMBED_PARAM_DOCS } = await import('./embedReference');
    const documented = EMBED_PARAM_DOCS.map((d) => d.name).sort();
    // Every documented parameter parses without an "unknown parameter" problem, and every other name is unknown.
    for (const name of documented) expect(parseEmbedParams(new URLSearchParams([[name, 'x']])).problems.join()).not.toContain('unknown parameter');
    expect(parseEmbedParams(new URLSearchParams([['q', 'x']])).problems).toEqual(['unknown parameter "q" (ignored)']);
    expect(documented).toHaveLength(17);
  });
});
