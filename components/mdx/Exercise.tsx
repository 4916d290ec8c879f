'use client';
import { useEffect, useRef, useState } from 'react';
import { ShareButton } from '../embed/ShareDialog';
import { embedConfig } from '../embed/worldShare';
import type { ExerciseSpec } from '@/engine/exercise/types';
import { useEngine } from '../system/useEngine';
import { AnswerEditor } from './AnswerEditor';
import { Hints } from './Hints';
import { InlineMarkdown } from './InlineMarkdown';
import { useLesson } from './LessonContext';
import { updateProgress, withExercise } from './progressStore';
import { useProgress } from './useProgress';
import { Verdict, type CheckState } from './Verdict';

/** How long typing pauses before the draft is saved, wall ms. */
const SAVE_DRAFT_MS = 400;

/**
 * Exercise places one of the lesson's exercises (by id, from lesson.ts):
 * the task, an editor, Check (judged by result in the worker, on the
 * lesson's world and hidden variants), hints one at a time and the
 * solution. Progress and the draft answer persist in localStorage.
 */
export function Exercise({ id }: { readonly id: string }) {
  const lesson = useLesson();
  const spec = lesson?.exercises[id];
  if (!lesson || !spec) {
    return <p className="error">Exercise “{id}” is not defined for this lesson.</p>;
  }
  return <ExerciseCard lessonId={lesson.id} world={lesson.world} id={id} spec={spec} />;
}

function ExerciseCard({ lessonId, world, id, spec }: { lessonId: string; world: NonNullable<ReturnType<typeof useLesson>>['world']; id: string; spec: ExerciseSpec }) {
  const engine = useEngine();
  const progress = useProgress().lessons[lessonId]?.exercises[id];
  const passed = progress?.passed ?? false;
  const start = spec.kind === 'config' ? spec.starter : '';
  const [answer, setAnswer] = useState<string | null>(null);
  const [check, setCheck] = useState<CheckState>({ kind: 'idle' });
  const [solutionShown, setSolutionShown] = useState(false);
  const abort = useRef<AbortController | null>(null);
  const saveTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  // The stored draft arrives after hydration (localStorage is client-only).
  const text = answer ?? progress?.draft ?? start;

  useEffect(() => () => {
    abort.current?.abort();
    clearTimeout(saveTimer.current);
  }, []);

  const change = (v: string) => {
    setAnswer(v);
    if (check.kind !== 'checking') setCheck({ kind: 'idle' });
    clearTimeout(saveTimer.current);
    saveTimer.current = setTimeout(() => updateProgress((p) => withExercise(p, lessonId, id, { draft: v })), SAVE_DRAFT_MS);
  };

  const run = async () => {
    if (!engine || check.kind === 'checking') return;
    abort.current?.abort();
    const ctrl = new AbortController();
    abort.current = ctrl;
    setCheck({ kind: 'checking' });
    try {
      const v = await engine.call('checkExercise', { spec, answer: text, world }, ctrl.signal);
      if (ctrl.signal.aborted) return;
      setCheck({ kind: 'verdict', ok: v.ok, message: v.message, ...(v.deliveries ? { deliveries: v.deliveries } : {}) });
      updateProgress((p) => withExercise(p, lessonId, id, { draft: text, ...(v.ok ? { passed: true } : {}) }));
    } catch (e) {
      if (!ctrl.signal.aborted) setCheck({ kind: 'error', message: e instanceof Error ? e.message : String(e) });
    }
  };

  const errorLine = check.kind === 'verdict' && !check.ok ? /line (\d+)/.exec(check.message)?.[1] : undefined;

  return (
    <section className={`exercise card${passed ? ' passed' : ''}`} aria-label={`Exercise ${id}`} data-exercise={id} data-passed={passed ? 'true' : 'false'}>
      <header className="exercise-head">
        <span className="exercise-kind">{spec.kind === 'query' ? 'Query exercise' : `Config exercise · ${fileName(spec)}`}</span>
        {passed && <span className="exercise-passed" role="status">✓ Passed</span>}
      </header>
      <p className="exercise-prompt">
        <InlineMarkdown text={spec.prompt} />
      </p>
      <AnswerEditor
        kind={spec.kind}
        engine={engine}
        value={text}
        onChange={change}
        onSubmit={() => void run()}
        label={spec.kind === 'query' ? 'Your query' : `Your ${fileName(spec)}`}
        {...(errorLine ? { errorLine: Number(errorLine) } : {})}
      />
      <div className="exercise-actions">
        <button type="button" className="button" onClick={() => void run()} disabled={!engine || check.kind === 'checking' || text.trim() === ''}>
          Check
        </button>
        {spec.kind === 'config' && text !== spec.starter && (
          <button type="button" className="button secondary" onClick={() => change(spec.starter)}>
            Start over
          </button>
        )}
        <button type="button" className="button secondary" onClick={() => setSolutionShown((s) => !s)} aria-expanded={solutionShown}>
          {solutionShown ? 'Hide the solution' : 'Show the solution'}
        </button>
        <ShareButton target={() => ({ embed: { kind: 'exercise', title: `Exercise: ${id}`, config: embedConfig({ lesson: lessonId, exercise: id }) } })} />
      </div>
      <Verdict state={check} />
      <Hints hints={spec.hints} shown={progress?.hints ?? 0} onShowMore={() => updateProgress((p) => withExercise(p, lessonId, id, { hints: (progress?.hints ?? 0) + 1 }))} />
      {solutionShown && (
        <div className="exercise-solution">
          <pre className="mono">{spec.solution}</pre>
          <button type="button" className="button secondary small" onClick={() => change(spec.solution)}>
            Put it in the editor
          </button>
        </div>
      )}
    </section>
  );
}

function fileName(spec: ExerciseSpec): string {
  if (spec.kind !== 'config') return '';
  return spec.file === 'prometheus' ? 'prometheus.yml' : spec.file === 'alertmanager' ? 'alertmanager.yml' : (spec.ruleFile ?? 'rules/default.yml');
}
