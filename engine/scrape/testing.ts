import { TEXT_CONTENT_TYPE } from '../exposition';
import type { SimEndpoint, SimRequest, SimResponse } from '../sim';

/**
 * Test and benchmark helpers: a scriptable exporter endpoint. Not used by
 * the engine itself.
 */

/** FakeExporter answers with whatever `body`, `status` and `durationMs` are set to; it records requests. */
export class FakeExporter implements SimEndpoint {
  body = '';
  status = 200;
  durationMs = 5;
  contentType = TEXT_CONTENT_TYPE;
  readonly requests: SimRequest[] = [];

  constructor(body = '') {
    this.body = body;
  }

  handle(req: SimRequest): SimResponse {
    this.requests.push(req);
    return { status: this.status, headers: { 'Content-Type': this.contentType }, body: this.body, durationMs: this.durationMs };
  }
}

/**
 * CounterExporter serves `series` counters (and a histogram every 10th
 * family) whose values grow with the request time, building the body from
 * a template so that serving costs little: what a busy exporter looks like.
 */
export class CounterExporter implements SimEndpoint {
  private readonly prefixes: string[] = [];
  private readonly header: string[] = [];

  constructor(series: number, readonly durationMs = 3) {
    for (let i = 0; i < series; i++) {
      const fam = `app_requests_${Math.floor(i / 10)}_total`;
      if (i % 10 === 0) this.header[i] = `# HELP ${fam} Requests handled.\n# TYPE ${fam} counter\n`;
      this.prefixes.push(`${fam}{code="200",handler="/api/v${i % 10}"} `);
    }
  }

  handle(req: SimRequest): SimResponse {
    const t = req.tMs / 1000;
    let body = '';
    for (let i = 0; i < this.prefixes.length; i++) {
      const h = this.header[i];
      if (h !== undefined) body += h;
      body += this.prefixes[i]! + Math.floor(t * (1 + (i % 7))) + '\n';
    }
    return { status: 200, headers: { 'Content-Type': TEXT_CONTENT_TYPE }, body, durationMs: this.durationMs };
  }
}
