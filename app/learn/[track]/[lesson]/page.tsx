import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import * as jsxRuntime from 'react/jsx-runtime';
import { getMDXComponent } from 'mdx-bundler/client/jsx';
import { LessonProvider, mdxComponents } from '@/components/mdx';
import { LessonSidebar } from '@/components/mdx/LessonSidebar';
import { LessonWorldGate } from '@/components/mdx/LessonWorldGate';
import { PlaygroundLink } from '@/components/mdx/PlaygroundLink';
import { SiteHeader } from '@/components/shell/SiteHeader';
import { toWorldSetup } from '@/components/system/lessonWorld';
import { DEFAULT_HISTORY_MS } from '@/components/system/worldConstants';
import '@/components/mdx/mdx.css';
import '@/components/alerting/alerting.css';
import '@/components/dashboards/dashboards.css';
import { lessonParams, loadLesson, type LessonRef } from '../../lessons';

type Params = Promise<{ track: string; lesson: string }>;

export const dynamicParams = false;

export function generateStaticParams() {
  return lessonParams();
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { track, lesson } = await params;
  const l = await loadLesson(track, lesson);
  return l ? { title: `${l.entry.frontmatter.title} · Learn · Prometheus Playground`, description: l.entry.frontmatter.summary } : {};
}

const href = (l: LessonRef) => `/learn/${l.track}/${l.lesson}`;

/** A lesson: its track's lessons beside the text, the lesson's world set up in the worker, previous/next below. */
export default async function LessonPage({ params }: { params: Params }) {
  const { track, lesson } = await params;
  const l = await loadLesson(track, lesson);
  if (!l) notFound();
  const Body = getMDXComponent(l.code, { _jsx_runtime: jsxRuntime });
  const fm = l.entry.frontmatter;
  const world = l.data.world ?? {};
  return (
    <>
      <SiteHeader />
      <main className="page wide learn-lesson">
        <LessonProvider lesson={{ id: l.entry.id, world, exercises: l.data.exercises ?? {} }}>
          <div className="learn-grid">
            <LessonSidebar
              trackTitle={l.track.title}
              trackHref={`/learn#${l.track.slug}`}
              currentId={l.entry.id}
              lessons={l.track.lessons.map((x) => ({ id: x.id, href: href(x), title: x.title, minutes: x.minutes, exerciseIds: x.exerciseIds }))}
            />
            <article className="lesson">
              <nav className="lesson-crumbs muted" aria-label="Breadcrumb">
                <Link href="/learn" prefetch={false}>Learn</Link> / <Link href={`/learn#${l.track.slug}`} prefetch={false}>{l.track.title}</Link>
              </nav>
              <h1 className="lesson-title">{fm.title}</h1>
              <p className="lesson-summary">{fm.summary}</p>
              <div className="lesson-meta">
                <span className="muted">{fm.minutes} min</span>
                <PlaygroundLink queries={l.data.queries ?? []} lessonId={l.entry.id} />
              </div>
              <LessonWorldGate lessonId={l.entry.id} target={toWorldSetup(world)} defaultHistoryMs={DEFAULT_HISTORY_MS} />
              <section className="lesson-objectives" aria-label="Objectives">
                <strong>You will learn to</strong>
                <ul>
                  {fm.objectives.map((o) => <li key={o}>{o}</li>)}
                </ul>
              </section>
              <div className="lesson-body">
                <Body components={mdxComponents} />
              </div>
              <nav className="lesson-pager" aria-label="Previous and next lesson">
                {l.prev ? <Link href={href(l.prev)} prefetch={false} rel="prev">← {l.prev.title}</Link> : <span />}
                {l.next ? <Link href={href(l.next)} prefetch={false} rel="next">{l.next.title} →</Link> : <Link href="/learn" prefetch={false}>Back to all lessons</Link>}
              </nav>
            </article>
          </div>
        </LessonProvider>
      </main>
    </>
  );
}
