/**
 * The learner's progress, kept in localStorage under one key: per lesson
 * whether it was opened and, per exercise, whether it passed and the last
 * answer typed. Pure data functions plus a tiny subscribable store; React
 * reads it through useProgress.
 */

export interface ExerciseProgress {
  readonly passed: boolean;
  /** The learner's last answer (a query or a config file), restored on return. */
  readonly draft?: string;
  /** How many hints were revealed. */
  readonly hints?: number;
}

export interface LessonProgress {
  readonly visited: boolean;
  readonly exercises: Readonly<Record<string, ExerciseProgress>>;
}

export interface Progress {
  readonly lessons: Readonly<Record<string, LessonProgress>>;
}

export const PROGRESS_KEY = 'prometheus-playground.learn.v1';
const EMPTY: Progress = { lessons: {} };

/** parseProgress reads stored JSON, dropping anything malformed (a hand-edited or old value never breaks the page). */
export function parseProgress(raw: string | null): Progress {
  if (!raw) return EMPTY;
  try {
    const data = JSON.parse(raw) as { lessons?: unknown };
    if (!data || typeof data.lessons !== 'object' || data.lessons === null) return EMPTY;
    const lessons: Record<string, LessonProgress> = {};
    for (const [id, l] of Object.entries(data.lessons as Record<string, Partial<LessonProgress>>)) {
      if (!l || typeof l !== 'object') continue;
      const exercises: Record<string, ExerciseProgress> = {};
      for (const [ex, p] of Object.entries(l.exercises ?? {})) {
        if (!p || typeof p !== 'object') continue;
        exercises[ex] = {
          passed: p.passed === true,
          ...(typeof p.draft === 'string' ? { draft: p.draft } : {}),
          ...(typeof p.hints === 'number' && p.hints >= 0 ? { hints: Math.floor(p.hints) } : {}),
        };
      }
      lessons[id] = { visited: l.visited === true, exercises };
    }
    return { lessons };
  } catch {
    return EMPTY;
  }
}

/** withExercise returns progress with one exercise's entry patched. */
export function withExercise(p: Progress, lessonId: string, exerciseId: string, patch: Partial<ExerciseProgress>): Progress {
  const lesson = p.lessons[lessonId] ?? { visited: true, exercises: {} };
  const prev = lesson.exercises[exerciseId] ?? { passed: false };
  return { lessons: { ...p.lessons, [lessonId]: { ...lesson, exercises: { ...lesson.exercises, [exerciseId]: { ...prev, ...patch } } } } };
}

/** withVisit marks a lesson opened. */
export function withVisit(p: Progress, lessonId: string): Progress {
  const lesson = p.lessons[lessonId];
  if (lesson?.visited) return p;
  return { lessons: { ...p.lessons, [lessonId]: { visited: true, exercises: lesson?.exercises ?? {} } } };
}

/** lessonStatus: 'done' when every exercise passed (or, without exercises, once visited). */
export function lessonStatus(p: Progress, lessonId: string, exerciseIds: readonly string[]): 'new' | 'started' | 'done' {
  const l = p.lessons[lessonId];
  if (!l) return 'new';
  const passed = exerciseIds.filter((id) => l.exercises[id]?.passed).length;
  if (passed === exerciseIds.length && (exerciseIds.length > 0 || l.visited)) return 'done';
  return l.visited || passed > 0 ? 'started' : 'new';
}

// The store: one cached snapshot, refreshed when the stored text changes (also from other tabs).
const listeners = new Set<() => void>();
let cachedRaw: string | null | undefined;
let cached: Progress = EMPTY;

function storage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

export function readProgress(): Progress {
  const raw = storage()?.getItem(PROGRESS_KEY) ?? null;
  if (raw !== cachedRaw) {
    cachedRaw = raw;
    cached = parseProgress(raw);
  }
  return cached;
}

export function updateProgress(change: (p: Progress) => Progress): void {
  const next = change(readProgress());
  if (next === cached) return;
  try {
    storage()?.setItem(PROGRESS_KEY, JSON.stringify(next));
  } catch {
    // Storage full or disabled: progress lives for this page only.
    cachedRaw = JSON.stringify(next);
    cached = next;
  }
  for (const l of listeners) l();
}

export function subscribeProgress(listener: () => void): () => void {
  listeners.add(listener);
  const onStorage = (e: StorageEvent) => {
    if (e.key === PROGRESS_KEY) listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

export const EMPTY_PROGRESS = EMPTY;
