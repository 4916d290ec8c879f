import { gzipSync } from 'node:zlib';

/**
 * firstLoadJs adds up the `<script src>` files a page's served HTML
 * references (skipping noModule polyfills), raw and gzip -9, in bytes:
 * the JS a visitor downloads before the page works (STACK.md, gotcha 8).
 */
export async function firstLoadJs(baseUrl: string, path: string): Promise<{ raw: number; gzip: number; files: string[]; texts: string[] }> {
  const html = await (await fetch(baseUrl + path)).text();
  const files = [...html.matchAll(/<script\b([^>]*)>/g)]
    .map((m) => m[1]!)
    .filter((attrs) => !/\bnoModule\b/i.test(attrs))
    .map((attrs) => /\bsrc="([^"]+)"/.exec(attrs)?.[1])
    .filter((src): src is string => src !== undefined);
  const unique = [...new Set(files)];
  let raw = 0;
  let gzip = 0;
  const texts: string[] = [];
  for (const src of unique) {
    const body = Buffer.from(await (await fetch(new URL(src, baseUrl))).arrayBuffer());
    raw += body.length;
    gzip += gzipSync(body, { level: 9 }).length;
    texts.push(body.toString('utf8'));
  }
  return { raw, gzip, files: unique, texts };
}

/** median of a non-empty list. */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}
