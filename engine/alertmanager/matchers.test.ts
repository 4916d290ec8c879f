import { describe, expect, it } from 'vitest';
import { matchersString, parseMatcher, parseMatchers } from './matchers';

describe("Alertmanager's matcher syntax", () => {
  const ok: [string, string][] = [
    ['severity="critical"', 'severity="critical"'],
    ['severity=critical', 'severity="critical"'],
    ['  alertname =~ "A|B" ', 'alertname=~"A|B"'],
    ['job!=node', 'job!="node"'],
    ['job!~"node|api"', 'job!~"node|api"'],
    ['msg="say \\"hi\\""', 'msg="say \\"hi\\""'],
    ['path="C:\\\\dir"', 'path="C:\\\\dir"'],
    ['foo=', 'foo=""'],
  ];
  it.each(ok)('%s', (text, printed) => {
    expect(matchersString([parseMatcher(text)])).toBe(`{${printed}}`);
  });

  const bad: [string, string][] = [
    ['3foo=bar', 'bad matcher format: 3foo=bar'],
    ['foo', 'bad matcher format: foo'],
    ['foo="bar', 'matcher value contains unescaped double quote: "bar'],
    ['foo=b"ar', 'matcher value contains unescaped double quote: b"ar'],
  ];
  it.each(bad)('rejects %s', (text, message) => {
    expect(() => parseMatcher(text)).toThrow(message);
  });

  it('splits lists on commas outside quotes and accepts braces', () => {
    const ms = parseMatchers('{alertname="A,B", severity=~"warn|crit"}');
    expect(ms.map((m) => [m.name, m.type, m.value])).toEqual([['alertname', '=', 'A,B'], ['severity', '=~', 'warn|crit']]);
  });

  it('anchors regexes', () => {
    const m = parseMatcher('instance=~"api.*"');
    expect(m.matches('api-3:8080')).toBe(true);
    expect(m.matches('x-api')).toBe(false);
  });
});
