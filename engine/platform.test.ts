import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { yieldToHost } from './platform';

describe('yieldToHost', () => {
  it('resolves concurrent yields in the order they were asked for, after the current task', async () => {
    const order: string[] = [];
    const all = [1, 2, 3].map((n) => yieldToHost().then(() => order.push(`yield ${n}`)));
    order.push('sync');
    await Promise.all(all);
    expect(order).toEqual(['sync', 'yield 1', 'yield 2', 'yield 3']);
  });

  it('lets a timer that is due run before the work goes on', async () => {
    let fired = false;
    setTimeout(() => (fired = true), 0);
    const start = Date.now();
    while (!fired && Date.now() - start < 2_000) await yieldToHost();
    expect(fired).toBe(true);
  });

  it('does not keep a Node process alive once no yield waits', () => {
    const script = "import { yieldToHost } from './engine/platform.ts'; for (let i = 0; i < 100; i++) await yieldToHost(); console.log('done');";
    const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: process.cwd(), timeout: 20_000, encoding: 'utf8' });
    expect(out.trim()).toBe('done');
  });
});
