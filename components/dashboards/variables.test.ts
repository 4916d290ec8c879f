import { describe, expect, it } from 'vitest';
import type { Variable } from './model';
import { ALL, filterOptions, interpolate, legendText, parseVariableQuery, resolveValues } from './variables';

describe('variable interpolation', () => {
  it('substitutes $name, ${name} and [[name]] with the regex-escaped value', () => {
    expect(interpolate('up{instance=~"$instance"}', { instance: ['app-0:8080'] })).toBe('up{instance=~"app-0:8080"}');
    expect(interpolate('up{job=~"${job}"}', { job: ['a.b'] })).toBe('up{job=~"a\\\\.b"}');
    expect(interpolate('up{job=~"[[job]]"}', { job: ['api'] })).toBe('up{job=~"api"}');
  });
  it('turns All into a regex matching every value, several values into an alternation', () => {
    expect(interpolate('up{instance=~"$instance"}', { instance: [ALL] })).toBe('up{instance=~".*"}');
    expect(interpolate('up{job=~"$job"}', { job: ['api', 'ml'] })).toBe('up{job=~"(api|ml)"}');
  });
  it('resolves All to every option as Grafana does, or to the custom all value as written', () => {
    const v = (name: string, extra: Partial<Variable> = {}): Variable => ({ kind: 'query', name, label: name, query: '', multi: true, includeAll: true, ...extra });
    const vars = [v('node'), v('job', { allValue: '.+' }), v('pod'), v('step', { kind: 'interval' })];
    const { values, raw } = resolveValues(vars, { node: [ALL], job: [ALL], pod: ['a.b'], step: ['1m'] }, { node: ['n1', 'n.2'], job: ['api'], pod: ['a.b'], step: ['1m'] });
    const q = interpolate('up{node=~"$node",job=~"$job",pod=~"$pod"}[$step]', values, raw);
    expect(q).toBe('up{node=~"(n1|n\\\\.2)",job=~".+",pod=~"a\\\\.b"}[1m]');
    // A custom all value applies only while All is chosen.
    expect(resolveValues(vars, { job: ['api'] }, {}).values.job).toEqual(['api']);
    expect(resolveValues(vars, { job: ['api'] }, {}).raw.has('job')).toBe(false);
  });
  it('inserts raw values (intervals, macros) unescaped', () => {
    expect(interpolate('rate(x[$__rate_interval])', { __rate_interval: ['60s'] }, new Set(['__rate_interval']))).toBe('rate(x[60s])');
  });
  it('leaves unknown variables alone', () => {
    expect(interpolate('x{a="$other"}', { instance: ['x'] })).toBe('x{a="$other"}');
  });
  it('fills legend templates from labels', () => {
    expect(legendText('{{handler}} ({{code}})', { handler: '/api', code: '500' })).toBe('/api (500)');
    expect(legendText(undefined, {})).toBeNull();
  });
});

describe('variable queries', () => {
  it('reads Grafana’s Prometheus variable syntax', () => {
    expect(parseVariableQuery('label_values(up, job)')).toEqual({ kind: 'label_values', label: 'job', match: 'up' });
    expect(parseVariableQuery('label_values(node_uname_info{job="node"}, instance)')).toEqual({ kind: 'label_values', label: 'instance', match: 'node_uname_info{job="node"}' });
    expect(parseVariableQuery('label_values(job)')).toEqual({ kind: 'label_values', label: 'job' });
    expect(parseVariableQuery('metrics(node_.*)')).toEqual({ kind: 'metrics', regex: 'node_.*' });
    expect(parseVariableQuery('query_result(topk(3, up))')).toEqual({ kind: 'query_result', expr: 'topk(3, up)' });
    expect(parseVariableQuery('nonsense')).toBeNull();
  });
  it('filters options by the variable’s regex, a capture group naming them', () => {
    expect(filterOptions(['node-1:9100', 'node-2:9100', 'x'], '/node-(\\d+).*/')).toEqual(['1', '2']);
    expect(filterOptions(['a', 'b'], '')).toEqual(['a', 'b']);
  });
});
