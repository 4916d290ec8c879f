'use client';
import { LESSON_LOADERS } from '@/content/lessonLoaders.generated';
import { Playground, startPlaygroundWorker } from '@/components/playground/Playground';
import { toWorldSetup } from '@/components/system/lessonWorld';
import type { WorldSetup } from '@/components/system/protocol';

const isLesson = (id: string) => Object.prototype.hasOwnProperty.call(LESSON_LOADERS, id);

startPlaygroundWorker(isLesson);

/** lessonWorld loads one lesson's data on demand (a chunk of its own) and turns its world into a setup. */
async function lessonWorld(id: string): Promise<WorldSetup | undefined> {
  return isLesson(id) ? toWorldSetup((await LESSON_LOADERS[id]!()).world ?? {}) : undefined;
}

/** LessonAwarePlayground is the playground that can open a lesson's world (`?lesson=track/lesson`). */
export function LessonAwarePlayground() {
  return <Playground lessonWorld={lessonWorld} />;
}
