import { changeText, ruleYaml, stepOutcome, type RelabelRule, type RelabelStep } from './sdModel';

/**
 * RelabelSteps lists what each relabel rule did to one target, in order,
 * from the engine's own trace. Rules after the one that dropped the target
 * never ran and are shown as such.
 */
export function RelabelSteps({ rules, steps }: { rules: readonly RelabelRule[]; steps: readonly RelabelStep[] }) {
  if (rules.length === 0) return <p className="muted relabel-none">This pool has no relabel_configs: the discovered labels become the target labels as they are.</p>;
  return (
    <ol className="relabel-steps" data-testid="relabel-steps">
      {rules.map((rule, i) => {
        const step = steps.find((s) => s.index === i);
        const cls = step === undefined ? 'not-run' : step.dropped ? 'dropped' : step.changes.length > 0 ? 'changed' : 'unchanged';
        return (
          <li key={i} className={`relabel-step ${cls}`}>
            <code className="relabel-rule">{ruleYaml(rule)}</code>
            <div className="relabel-outcome">{step === undefined ? 'not run: an earlier rule dropped the target' : stepOutcome(step)}</div>
            {step && step.changes.length > 0 && (
              <ul className="relabel-changes">
                {step.changes.map((c) => <li key={c.name} className={c.before === undefined ? 'added' : c.after === undefined ? 'removed' : 'rewritten'}><code>{changeText(c)}</code></li>)}
              </ul>
            )}
          </li>
        );
      })}
    </ol>
  );
}
