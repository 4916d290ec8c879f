import { defineLesson } from '@/content/schema';

export default defineLesson({
  world: { seed: 3, historyMs: 20 * 60_000 },
  queries: ['http_requests_total{job="api", code=~"5.."}'],
  exercises: {
    'server-errors': {
      kind: 'query',
      prompt: 'Select every `http_requests_total` series of the `api` job whose status `code` is a 5xx (500 to 599).',
      hints: ['Status codes are strings; use a regex matcher on `code`.', 'Regexes are anchored: `"5.."` means a 5 followed by exactly two characters.'],
      solution: 'http_requests_total{job="api", code=~"5.."}',
      wrongAnswers: [
        { answer: 'http_requests_total{job="api", code="500"}', says: 'series' },
        { answer: 'http_requests_total{job="api", code=~"5"}', says: 'no series' },
      ],
    },
    'not-health': {
      kind: 'query',
      prompt: 'Select the `http_requests_total` series of the `api` job for status code `200` on every handler **except** `/healthz`.',
      hints: ['Combine an equality matcher on `code` with a negative matcher on `handler`.'],
      solution: 'http_requests_total{job="api", code="200", handler!="/healthz"}',
      wrongAnswers: [{ answer: 'http_requests_total{job="api", code="200"}', says: 'series' }],
    },
  },
});
