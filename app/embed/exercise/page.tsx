import type { Metadata } from 'next';
import { ExerciseEmbed, type EmbeddableLesson } from '@/components/embed/ExerciseEmbed';
import { toWorldSetup } from '@/components/system/lessonWorld';
import { allLessonsForEmbeds } from '../../learn/lessons';

export const metadata: Metadata = { title: 'Prometheus Playground (embedded exercise)', robots: { index: false } };

export default function EmbedExercisePage() {
  const lessons: Record<string, EmbeddableLesson> = {};
  for (const l of allLessonsForEmbeds()) {
    if (Object.keys(l.exercises).length === 0) continue;
    lessons[l.id] = { title: l.title, world: l.world, setup: toWorldSetup(l.world), exercises: l.exercises };
  }
  return <ExerciseEmbed lessons={lessons} />;
}
