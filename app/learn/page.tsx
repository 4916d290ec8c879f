import type { Metadata } from 'next';
import { Curriculum, type CurriculumTrack } from '@/components/mdx/Curriculum';
import { SiteHeader } from '@/components/shell/SiteHeader';
import '@/components/mdx/mdx.css';
import { curriculum } from './lessons';

export const metadata: Metadata = { title: 'Learn · Prometheus Playground' };

/** /learn: the course, track by track, with the learner's progress. */
export default function LearnPage() {
  const tracks: CurriculumTrack[] = curriculum().map((t) => ({
    slug: t.slug,
    title: t.title,
    summary: t.summary,
    lessons: t.lessons.map((l) => ({ id: l.id, href: `/learn/${l.track}/${l.lesson}`, title: l.title, summary: l.summary, minutes: l.minutes, exerciseIds: l.exerciseIds })),
  }));
  return (
    <>
      <SiteHeader />
      <main className="page learn-page">
        <h1 className="page-title">Learn Prometheus</h1>
        <p className="muted learn-intro">
          Short lessons on a live, simulated production system running in this tab: read, run the queries, break things on purpose, and check your answers
          against the real results. Your progress stays in this browser.
        </p>
        <Curriculum tracks={tracks} />
      </main>
    </>
  );
}
