import { describe, expect, it } from 'vitest';
import { loadConfig } from './config-parse';
import { buildRoute, matchRoutes } from './route';

/** A routing tree like the examples in Alertmanager's configuration docs. */
const TREE = `
route:
  receiver: default
  group_by: [alertname]
  routes:
    - matchers: [service="database"]
      receiver: db-team
      routes:
        - matchers: [severity="critical"]
          receiver: db-pager
    - matchers: ['alertname=~"InstanceDown|TargetMissing"']
      receiver: infra
      continue: true
    - match_re: { service: 'frontend|api' }
      receiver: web
    - matchers: [severity="critical"]
      receiver: pager
receivers:
  - name: default
  - name: db-team
  - name: db-pager
  - name: infra
  - name: web
  - name: pager
`;

describe('routing tree', () => {
  const root = buildRoute(loadConfig(TREE).route);
  const cases: [Record<string, string>, string[]][] = [
    [{ alertname: 'X' }, ['default']],
    [{ alertname: 'X', service: 'database' }, ['db-team']],
    [{ alertname: 'X', service: 'database', severity: 'critical' }, ['db-pager']],
    [{ alertname: 'InstanceDown', service: 'api' }, ['infra', 'web']],
    [{ alertname: 'InstanceDown' }, ['infra']],
    [{ alertname: 'TargetMissing', severity: 'critical' }, ['infra', 'pager']],
    [{ alertname: 'InstanceDownX', service: 'frontend' }, ['web']],
    [{ alertname: 'X', service: 'frontend2' }, ['default']],
    [{ alertname: 'X', severity: 'critical', service: 'api' }, ['web']],
  ];

  it.each(cases)('%j → %j', (labels, receivers) => {
    expect(matchRoutes(root, labels).map((r) => r.opts.receiver)).toEqual(receivers);
  });

  it('keys nested routes by their parents', () => {
    const dbPager = root.routes[0]!.routes[0]!;
    expect(dbPager.key).toBe('{}/{service="database"}/{severity="critical"}');
    expect(root.routes[1]!.key).toBe('{}/{alertname=~"InstanceDown|TargetMissing"}');
  });
});
