import { defineLesson } from '@/content/schema';

export default defineLesson({
  world: { seed: 1, historyMs: 30 * 60_000 },
  queries: ['scrape_duration_seconds', 'up'],
  exercises: {
    'slowest-scrape': {
      kind: 'query',
      prompt: 'For each job, return the duration of its slowest last scrape in seconds: one series per `job`, with no other labels.',
      hints: ['The metric is `scrape_duration_seconds`.', 'Use `max by (job) (…)`.'],
      solution: 'max by (job) (scrape_duration_seconds)',
      wrongAnswers: [
        { answer: 'max(scrape_duration_seconds)', says: 'missing the' },
        { answer: 'scrape_duration_seconds', says: 'still has the' },
      ],
    },
    'samples-per-job': {
      kind: 'query',
      prompt: 'Return, per job, the number of samples Prometheus took from all of that job\u2019s targets in their last scrapes (one series per `job`).',
      hints: ['`scrape_samples_scraped` counts the samples of each scrape.', 'Sum it by job.'],
      solution: 'sum by (job) (scrape_samples_scraped)',
      wrongAnswers: [{ answer: 'count by (job) (scrape_samples_scraped)', says: 'values differ' }],
    },
  },
});
