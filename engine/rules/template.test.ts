import { describe, expect, it } from 'vitest';
import { checkAlertTemplate, expandAlertTemplate, type AlertTemplateData } from './template/index';
import type { TemplateQueryFunc } from './template/prom-funcs';

const data = (value: number): AlertTemplateData => ({
  labels: { __name__: 'up', instance: 'a:9100', job: 'api' },
  externalLabels: { cluster: 'eu1' },
  externalURL: 'http://prom.example.com/prometheus',
  value,
});

/** A fixed query function: `up` returns two series out of label order; anything else is empty. */
const query: TemplateQueryFunc = async (expr) =>
  expr === 'up'
    ? [
        { labels: new Map([['__name__', 'up'], ['instance', 'b:9100']]), value: 0 },
        { labels: new Map([['__name__', 'up'], ['instance', 'a:9100']]), value: 1 },
      ]
    : [];

const render = (text: string, value = 0.5): Promise<string> =>
  expandAlertTemplate(text, 'Test', data(value), { query, tMs: 1_435_065_584_128, externalURL: 'http://prom.example.com/prometheus' });

describe('alert templates render as Prometheus renders them', () => {
  const cases: [string, string, number?][] = [
    // Variables and fields.
    ['{{ $labels.instance }}', 'a:9100'],
    ['{{ .Labels.job }}', 'api'],
    ['[{{ $labels.missing }}]', '[]'],
    ['{{ $externalLabels.cluster }} {{ $externalURL }}', 'eu1 http://prom.example.com/prometheus'],
    // Values print like Go's %v of a float64.
    ['{{ $value }}', '0.5'],
    ['{{ $value }}', '1e+06', 1e6],
    ['{{ $value }}', '123456', 123456],
    ['{{ .Value }}', '1.5e-05', 1.5e-5],
    ['{{ $value }}', 'NaN', NaN],
    ['{{ $value }}', '+Inf', Infinity],
    // Pipelines.
    ['{{ $value | humanize }}', '1.235M', 1234567],
    ['{{ $labels.job | toUpper | printf "%s!" }}', 'API!'],
    // Humanizers.
    ['{{ humanize 1234567 }}', '1.235M'],
    ['{{ humanize 0.001234 }}', '1.234m'],
    ['{{ humanize 0 }}', '0'],
    ['{{ humanize "1e3" }}', '1k'],
    ['{{ humanize1024 1048576 }}', '1Mi'],
    ['{{ humanize1024 512 }}', '512'],
    ['{{ humanizeDuration 90061 }}', '1d 1h 1m 1s'],
    ['{{ humanizeDuration 61 }}', '1m 1s'],
    ['{{ humanizeDuration 3.5 }}', '3.5s'],
    ['{{ humanizeDuration 0.0012 }}', '1.2ms'],
    ['{{ humanizeDuration 0 }}', '0s'],
    ['{{ humanizePercentage 0.1234 }}', '12.34%'],
    ['{{ humanizeTimestamp 1435065584.128 }}', '2015-06-23 13:19:44.128 +0000 UTC'],
    // Strings.
    ['{{ title "hello world" }}', 'Hello World'],
    ['{{ toUpper "aBc" }} {{ toLower "aBc" }}', 'ABC abc'],
    ['{{ match "^a.c$" "abc" }} {{ match "^x" "abc" }}', 'true false'],
    ['{{ reReplaceAll "(a*)bc" "x${1}y" "aabc" }}', 'xaay'],
    ['{{ reReplaceAll ":.*" "" "host:9100" }}', 'host'],
    ['{{ "<b>" | safeHtml }}', '<b>'],
    ['{{ stripPort "example.com:9100" }} {{ stripPort "[::1]:80" }} {{ stripPort "host" }}', 'example.com ::1 host'],
    ['{{ stripDomain "foo.example.com:9100" }}', 'foo:9100'],
    ['{{ pathPrefix }}', '/prometheus'],
    ['{{ tableLink "up == 0" }}', '/graph?g0.expr=up+%3D%3D+0&g0.tab=1'],
    ['{{ graphLink "rate(x[5m])" }}', '/graph?g0.expr=rate%28x%5B5m%5D%29&g0.tab=0'],
    // printf with Go verbs.
    ['{{ printf "%.2f" 3.14159 }}', '3.14'],
    ['{{ printf "%d" 42 }}', '42'],
    ['{{ printf "%s=%v" "a" 1.5 }}', 'a=1.5'],
    ['{{ printf "%q" "x" }}', '"x"'],
    ['{{ printf "%d" 1.5 }}', '%!d(float64=1.5)'],
    ['{{ printf "%5.1f|%-4s|%03d" 2.26 "ab" 7 }}', '  2.3|ab  |007'],
    ['{{ printf "%.1f%%" 99.5 }}', '99.5%'],
    ['{{ printf "%s" }}', '%!s(MISSING)'],
    // Control structures and comparisons.
    ['{{ if gt $value 1.0 }}high{{ else }}low{{ end }}', 'low'],
    ['{{ if eq $labels.job "api" "web" }}yes{{ end }}', 'yes'],
    ['{{ if ne $labels.job "api" }}a{{ else if lt 1 2 }}b{{ else }}c{{ end }}', 'b'],
    ['{{ if and (ge $value 0.5) (le $value 0.5) }}eq{{ end }}', 'eq'],
    ['{{ or "" "fallback" }} {{ not true }} {{ len "abc" }}', 'fallback false 3'],
    ['{{ index $labels "job" }}', 'api'],
    ['{{ range $k, $v := $labels }}{{ $k }}={{ $v }};{{ end }}', '__name__=up;instance=a:9100;job=api;'],
    ['{{ with $labels.job }}job={{ . }}{{ else }}none{{ end }}', 'job=api'],
    ['{{ with $labels.missing }}x{{ else }}none{{ end }}', 'none'],
    ['{{ $x := 1 }}{{ $x = 2 }}{{ $x }}', '2'],
    ['a {{- " b " -}} c{{/* a comment */}}', 'a b c'],
    // Queries.
    ['{{ with query "up" }}{{ . | first | value }}{{ end }}', '0'],
    ['{{ query "up" | first | label "instance" }}', 'b:9100'],
    ['{{ range query "up" | sortByLabel "instance" }}{{ .Labels.instance }}={{ .Value }} {{ end }}', 'a:9100=1 b:9100=0 '],
    ['{{ with query "up" }}{{ (. | first).Labels.instance }}{{ end }}', 'b:9100'],
    ['{{ range query "nothing" }}x{{ else }}empty{{ end }}', 'empty'],
    ['{{ with args 1 "x" }}{{ .arg0 }} {{ .arg1 }}{{ end }}', '1 x'],
    ['{{ with printf "u%s" "p" | query }}{{ . | first | value | humanize1024 }}B{{ end }}', '0B'],
    ['{{ $labels.instance | reReplaceAll "(.*):.*" "$1" }}', 'a'],
    ['{{ range $i, $s := query "up" }}{{ $i }}:{{ label "instance" $s }} {{ end }}', '0:b:9100 1:a:9100 '],
  ];
  for (const [text, want, value] of cases) {
    it(`${text} → ${want}`, async () => {
      expect(await render(text, value ?? 0.5)).toBe(want);
    });
  }
});

describe('template errors', () => {
  it('turns execution errors into the annotation text, with Go position and context', async () => {
    // The 112 characters of variable definitions Prometheus prepends count in the column.
    expect(await render('{{ query "nothing" | first }}')).toBe(
      '<error expanding template: error executing template __alert_Test: template: __alert_Test:1:133: executing "__alert_Test" at <first>: error calling first: first() called on vector with no elements>',
    );
    expect(await render('{{ humanize "x" }}')).toBe(
      '<error expanding template: error executing template __alert_Test: template: __alert_Test:1:115: executing "__alert_Test" at <humanize "x">: error calling humanize: strconv.ParseFloat: parsing "x": invalid syntax>',
    );
    expect(await render('{{ if eq 1 1.0 }}x{{ end }}')).toContain('error calling eq: incompatible types for comparison');
  });

  it('reports parse errors at load time in Go wording', () => {
    expect(checkAlertTemplate('{{ foo }}', 'X')).toBe('template: __alert_X:1: function "foo" not defined');
    expect(checkAlertTemplate('{{ $nope }}', 'X')).toBe('template: __alert_X:1: undefined variable "$nope"');
    expect(checkAlertTemplate('line1\n{{ .Labels.x ', 'X')).toBe('template: __alert_X:2: unclosed action');
    expect(checkAlertTemplate('{{ end }}', 'X')).toBe('template: __alert_X:1: unexpected {{end}}');
    expect(checkAlertTemplate('{{ if true }}x', 'X')).toBe('template: __alert_X:1: unexpected EOF');
    expect(checkAlertTemplate('{{ if }}x{{ end }}', 'X')).toBe('template: __alert_X:1: missing value for if');
    expect(checkAlertTemplate('{{ $labels.job }} is {{ $value | humanize }}', 'X')).toBeUndefined();
  });
});
