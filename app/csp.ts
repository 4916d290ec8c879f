/**
 * The Content-Security-Policy every page carries: everything comes from the
 * app's own origin. The engine runs in a same-origin worker, so nothing is
 * ever fetched from elsewhere. Inline scripts stay allowed because a static
 * export cannot carry per-request nonces and Next inlines its flight data;
 * no script is ever built from user input (URLs, imported JSON, configs).
 * `frame-ancestors` is absent on purpose: embeds are meant to be framed by
 * docs sites (and it cannot be set from a <meta> tag anyway).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');
