import type { NextConfig } from 'next';

// A static export (STATIC_EXPORT=1) serves the whole playground from any static host;
// BASE_PATH lets it live under a sub-path (chosen at build time).
const staticExport = process.env.STATIC_EXPORT === '1';

const nextConfig: NextConfig = {
  ...(staticExport ? { output: 'export', trailingSlash: true } : {}),
  basePath: process.env.BASE_PATH || undefined,
  reactStrictMode: true,
};

export default nextConfig;
