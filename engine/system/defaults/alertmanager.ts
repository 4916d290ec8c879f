/**
 * DEFAULT_ALERTMANAGER_YAML is the alertmanager.yml of the default world:
 * everything to the team's Slack channel, critical alerts to the admin by
 * Slack DM and e-mail, and an inhibition rule. The Slack workspace and the
 * mail server are simulated: messages land in the inboxes (/api/sim/inbox).
 */
export const DEFAULT_ALERTMANAGER_YAML = `# alertmanager.yml for the playground world.
global:
  # An alert Prometheus stops re-sending is resolved after this long.
  resolve_timeout: 5m
  # Where Slack and e-mail notifications go. Nothing leaves the playground:
  # these are simulated and end up in the inboxes.
  slack_api_url: https://hooks.slack.com/services/T000/B000/XXXX
  smtp_smarthost: smtp.example.org:587
  smtp_from: alertmanager@example.org

# The routing tree: every alert enters at the root and goes down the first
# child route whose matchers fit (continue: true would keep looking).
route:
  receiver: team-slack
  # Alerts with the same alertname and job share one notification.
  group_by: [alertname, job]
  # Wait this long after a group's first alert so that its siblings can join.
  group_wait: 30s
  # Then send changes to the group at most this often...
  group_interval: 5m
  # ...and remind about unchanged, still firing alerts this often.
  repeat_interval: 4h
  routes:
    - matchers:
        - severity = "critical"
      receiver: admin

# While a critical alert fires, mute the warning with the same alertname and
# job (HighErrorRatio comes in both severities).
inhibit_rules:
  - source_matchers:
      - severity = "critical"
    target_matchers:
      - severity = "warning"
    equal: [alertname, job]

receivers:
  - name: team-slack
    slack_configs:
      - channel: "#alerts"
        send_resolved: true
  # Critical alerts wake the admin up: a Slack direct message and an e-mail.
  - name: admin
    slack_configs:
      - channel: "@admin"
        send_resolved: true
    email_configs:
      - to: admin@example.org
        send_resolved: true
`;
