'use client';
import { createContext, useContext, type ReactNode } from 'react';
import type { ExerciseSpec, LessonWorld } from '@/engine/exercise/types';

/** LessonInfo is what components inside a lesson's text need to know about the lesson. */
export interface LessonInfo {
  /** `track/lesson`: the progress key. */
  readonly id: string;
  readonly world: LessonWorld;
  readonly exercises: Readonly<Record<string, ExerciseSpec>>;
}

const Ctx = createContext<LessonInfo | null>(null);

/** LessonProvider gives the lesson's text access to its data (the page passes it from lesson.ts). */
export function LessonProvider({ lesson, children }: { readonly lesson: LessonInfo; readonly children: ReactNode }) {
  return <Ctx.Provider value={lesson}>{children}</Ctx.Provider>;
}

export function useLesson(): LessonInfo | null {
  return useContext(Ctx);
}
