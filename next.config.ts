import type { NextConfig } from 'next';
import { CONTENT_SECURITY_POLICY } from './app/csp';

// A static export (STATIC_EXPORT=1, `npm run build:static`) serves the whole
// playground from any static host; BASE_PATH lets it live under a sub-path
// (chosen at build time). Its output is out/; it builds through `.next` like
// any build, so run `next build` again before `next start`.
const staticExport = process.env.STATIC_EXPORT === '1';

const nextConfig: NextConfig = {
  ...(staticExport ? { output: 'export', trailingSlash: true } : {}),
  basePath: process.env.BASE_PATH || undefined,
  // Share links and embed snippets need the sub-path the app is served under.
  env: { NEXT_PUBLIC_BASE_PATH: process.env.BASE_PATH || '' },
  reactStrictMode: true,
  // `next start` sends the policy as a header too (a static host gets it from the page's <meta>).
  ...(staticExport
    ? {}
    : {
        headers: async () => [{ source: '/:path*', headers: [{ key: 'Content-Security-Policy', value: CONTENT_SECURITY_POLICY }] }],
      }),
};

export default nextConfig;
