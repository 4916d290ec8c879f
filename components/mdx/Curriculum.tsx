'use client';
import Link from 'next/link';
import { lessonStatus } from './progressStore';
import { StatusMark, type SidebarLesson } from './LessonSidebar';
import { useProgress } from './useProgress';

export interface CurriculumTrack {
  readonly slug: string;
  readonly title: string;
  readonly summary: string;
  readonly lessons: readonly (SidebarLesson & { readonly summary: string })[];
}

/** Curriculum is the /learn overview: every track and lesson with minutes and the learner's progress. */
export function Curriculum({ tracks }: { readonly tracks: readonly CurriculumTrack[] }) {
  const progress = useProgress();
  const all = tracks.flatMap((t) => t.lessons);
  const done = all.filter((l) => lessonStatus(progress, l.id, l.exerciseIds) === 'done').length;
  const next = all.find((l) => lessonStatus(progress, l.id, l.exerciseIds) !== 'done');
  return (
    <div className="curriculum">
      <p className="curriculum-progress">
        <strong>{done}</strong> of {all.length} lessons done
        {next && (
          <>
            {' · '}
            <Link href={next.href} prefetch={false}>{done === 0 ? 'Start with' : 'Continue with'} “{next.title}” →</Link>
          </>
        )}
      </p>
      {tracks.map((t, ti) => {
        const minutes = t.lessons.reduce((s, l) => s + l.minutes, 0);
        return (
          <section key={t.slug} className="card curriculum-track" id={t.slug} aria-labelledby={`track-${t.slug}`}>
            <h2 id={`track-${t.slug}`}>
              <span className="muted">{ti + 1}.</span> {t.title}
            </h2>
            <p className="muted">{t.summary} {t.lessons.length} lessons, about {minutes} min.</p>
            <ol className="curriculum-lessons">
              {t.lessons.map((l) => {
                const status = lessonStatus(progress, l.id, l.exerciseIds);
                const passed = l.exerciseIds.filter((id) => progress.lessons[l.id]?.exercises[id]?.passed).length;
                return (
                  <li key={l.id} data-status={status}>
                    <StatusMark status={status} />
                    <div>
                      <Link href={l.href} prefetch={false}>{l.title}</Link>
                      <span className="muted"> · {l.minutes} min{l.exerciseIds.length > 0 ? ` · ${passed}/${l.exerciseIds.length} exercises` : ''}</span>
                      <p className="muted curriculum-summary">{l.summary}</p>
                    </div>
                  </li>
                );
              })}
            </ol>
          </section>
        );
      })}
    </div>
  );
}
