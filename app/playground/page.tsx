import type { Metadata } from 'next';
import { LessonAwarePlayground } from './LessonAwarePlayground';
import { SiteHeader } from '@/components/shell/SiteHeader';

export const metadata: Metadata = { title: 'Playground · Prometheus Playground' };

export default function PlaygroundPage() {
  return (
    <>
      <SiteHeader />
      <main className="page wide">
        <h1 className="page-title">PromQL playground</h1>
        <LessonAwarePlayground />
      </main>
    </>
  );
}
