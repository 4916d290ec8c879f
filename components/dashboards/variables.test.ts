import { describe, expect, it } from 'vitest';
import { ALL, interpolate, legendText } from './variables';

describe('variable interpolation', () => {
  it('substitutes $name and ${name} with the regex-escaped value', () => {
    expect(interpolate('up{instance=~"$instance"}', { instance: 'app-0:8080' })).toBe('up{instance=~"app-0:8080"}');
    expect(interpolate('up{job=~"${job}"}', { job: 'a.b' })).toBe('up{job=~"a\\\\.b"}');
  });
  it('turns All into a regex matching every value', () => {
    expect(interpolate('up{instance=~"$instance"}', { instance: ALL })).toBe('up{instance=~".*"}');
  });
  it('leaves unknown variables alone', () => {
    expect(interpolate('x{a="$other"}', { instance: 'x' })).toBe('x{a="$other"}');
  });
  it('fills legend templates from labels', () => {
    expect(legendText('{{handler}} ({{code}})', { handler: '/api', code: '500' })).toBe('/api (500)');
    expect(legendText(undefined, {})).toBeNull();
  });
});
