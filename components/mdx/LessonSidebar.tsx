'use client';
import Link from 'next/link';
import { lessonStatus } from './progressStore';
import { useProgress } from './useProgress';

export interface SidebarLesson {
  readonly id: string;
  readonly href: string;
  readonly title: string;
  readonly minutes: number;
  readonly exerciseIds: readonly string[];
}

/** LessonSidebar lists the track's lessons with the learner's progress, the current one highlighted. */
export function LessonSidebar({ trackTitle, trackHref, lessons, currentId }: { trackTitle: string; trackHref: string; lessons: readonly SidebarLesson[]; currentId: string }) {
  const progress = useProgress();
  const done = lessons.filter((l) => lessonStatus(progress, l.id, l.exerciseIds) === 'done').length;
  return (
    <nav className="lesson-sidebar" aria-label={`Lessons of ${trackTitle}`}>
      <Link href={trackHref} prefetch={false} className="lesson-sidebar-track">{trackTitle}</Link>
      <p className="muted lesson-sidebar-progress">{done} of {lessons.length} done</p>
      <ol>
        {lessons.map((l) => {
          const status = lessonStatus(progress, l.id, l.exerciseIds);
          const passed = l.exerciseIds.filter((id) => progress.lessons[l.id]?.exercises[id]?.passed).length;
          return (
            <li key={l.id} className={`${l.id === currentId ? 'current ' : ''}${status}`} data-status={status}>
              <StatusMark status={status} />
              <Link href={l.href} prefetch={false} aria-current={l.id === currentId ? 'page' : undefined}>{l.title}</Link>
              <span className="muted lesson-sidebar-meta">
                {l.minutes} min{l.exerciseIds.length > 0 ? ` · ${passed}/${l.exerciseIds.length} exercises` : ''}
              </span>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}

export function StatusMark({ status }: { readonly status: 'new' | 'started' | 'done' }) {
  const label = status === 'done' ? 'done' : status === 'started' ? 'started' : 'not started';
  return <span className={`status-mark ${status}`} role="img" aria-label={label}>{status === 'done' ? '✓' : status === 'started' ? '◐' : '○'}</span>;
}
