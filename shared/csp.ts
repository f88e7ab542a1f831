/**
 * The renderer's Content Security Policy: only the app's own origin, no eval,
 * no remote origins, no plugins, no framing, no form posts. Styles allow
 * inline because Fluent UI (Griffel) inserts its atomic rules at run time;
 * scripts never do.
 */
const directives = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
  "worker-src 'self'",
];

/** Sent as a response header by the app:// protocol. */
export const contentSecurityPolicy = [...directives, "frame-ancestors 'none'"].join('; ');

/** Put into index.html too; browsers ignore frame-ancestors in a meta tag, so it is left out there. */
export const metaContentSecurityPolicy = directives.join('; ');
