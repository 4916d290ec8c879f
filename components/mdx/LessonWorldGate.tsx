'use client';
import { useEffect, useState } from 'react';
import { sameSetup } from '../system/sameSetup';
import { engineClient, useEngine, useWorld } from '../system/useEngine';
import type { EngineClient } from '../system/engineClient';
import type { WorldSetup } from '../system/protocol';
import { updateProgress, withVisit } from './progressStore';

/** The setup a reset is under way for, per client: React may mount the gate twice (StrictMode, fast navigation). */
const pending = new WeakMap<EngineClient, string>();

/**
 * LessonWorldGate makes the tab's world the lesson's (`target`, converted
 * from lesson.ts on the server so the page never loads the engine): when the page opens
 * and the running world was built from another setup, it resets the worker
 * to the lesson's (the site header's bar shows the history being simulated). A world
 * the learner has since changed (clock, incidents) but built from the same
 * setup is kept. It also marks the lesson as visited.
 */
export function LessonWorldGate({ lessonId, target, defaultHistoryMs }: { readonly lessonId: string; readonly target: WorldSetup; readonly defaultHistoryMs: number }) {
  // A tab opened on a lesson starts its worker on the lesson's world (renders run before
  // any effect starts the default one), so the world is built once. Idempotent: later calls return the running client.
  if (typeof window !== 'undefined') engineClient({ setup: target });
  const client = useEngine();
  const info = useWorld(client);
  const [error, setError] = useState<string | null>(null);
  const [resetting, setResetting] = useState(false);
  const current: WorldSetup | undefined = info?.setup;

  useEffect(() => updateProgress((p) => withVisit(p, lessonId)), [lessonId]);

  useEffect(() => {
    if (!client || !current || sameSetup(current, target, defaultHistoryMs)) return;
    const key = JSON.stringify(target);
    if (pending.get(client) === key) return;
    pending.set(client, key);
    setResetting(true);
    setError(null);
    client.call('reset', target).then(
      () => setResetting(false),
      (e: unknown) => {
        setResetting(false);
        setError(e instanceof Error ? e.message : String(e));
      },
    ).finally(() => {
      if (pending.get(client) === key) pending.delete(client);
    });
  }, [client, current, target, defaultHistoryMs]);

  return (
    <div className="lesson-world" aria-live="polite">
      {resetting && <p className="muted lesson-world-note">Setting up this lesson’s world (seed {target.seed}{target.incidents?.length ? `, ${target.incidents.length} staged incident${target.incidents.length > 1 ? 's' : ''}` : ''})…</p>}
      {error && <p className="error">This lesson’s world could not be built: {error}</p>}
    </div>
  );
}
