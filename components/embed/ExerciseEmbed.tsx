'use client';
import { useCallback } from 'react';
import type { ExerciseSpec, LessonWorld } from '@/engine/exercise/types';
import { Exercise } from '../mdx/Exercise';
import { LessonProvider } from '../mdx/LessonContext';
import type { WorldSetup } from '../system/protocol';
import { EmbedShell } from './EmbedShell';
import type { EmbedConfig } from './embedParams';
import '../mdx/mdx.css';

/** EmbeddableLesson is what the exercise embed needs of a lesson (passed from the content at build time). */
export interface EmbeddableLesson {
  readonly title: string;
  readonly world: LessonWorld;
  readonly setup: WorldSetup;
  readonly exercises: Readonly<Record<string, ExerciseSpec>>;
}

/**
 * ExerciseEmbed shows one lesson exercise, checked by its result in the
 * lesson's own world; `lesson` and `exercise` come from the URL and are
 * looked up in the build-time table, never used as paths.
 */
export function ExerciseEmbed({ lessons }: { lessons: Readonly<Record<string, EmbeddableLesson>> }) {
  const worldFor = useCallback((c: EmbedConfig) => lessons[c.lesson]?.setup ?? { seed: c.seed }, [lessons]);
  return (
    <EmbedShell worldFor={worldFor}>
      {(c) => {
        const lesson = Object.prototype.hasOwnProperty.call(lessons, c.lesson) ? lessons[c.lesson] : undefined;
        if (!lesson) {
          return (
            <p className="error" role="alert">
              {c.lesson === '' ? 'Name a lesson with the lesson parameter, e.g. lesson=03-promql-basics/02-selectors.' : `There is no lesson “${c.lesson}”.`}
            </p>
          );
        }
        if (!Object.prototype.hasOwnProperty.call(lesson.exercises, c.exercise)) {
          return (
            <p className="error" role="alert">
              Lesson “{lesson.title}” has no exercise “{c.exercise}”. Its exercises: {Object.keys(lesson.exercises).join(', ') || 'none'}.
            </p>
          );
        }
        return (
          <LessonProvider lesson={{ id: c.lesson, world: lesson.world, exercises: lesson.exercises }}>
            <p className="embed-lesson-title">From the lesson “{lesson.title}”</p>
            <Exercise id={c.exercise} />
          </LessonProvider>
        );
      }}
    </EmbedShell>
  );
}
