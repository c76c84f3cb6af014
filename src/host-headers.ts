// The HTTP headers a static host must send with the built app, written once. The build writes
// them to `dist/_headers` (the format Netlify and Cloudflare Pages read; see vite.config.ts), the
// end-to-end tests serve the build with exactly that file (e2e/static-server.ts), the benchmarks
// serve with them too, and README's "Deploying" shows them and an nginx sample, which
// host-headers.test.ts holds to what this module says.

/**
 * The app talks to no other origin. The built page carries this policy in a <meta>; a host sends
 * it as a header too, with `frame-ancestors 'none'`, which works only as a header.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  // Trusted Types: no string reaches a script sink; see src/trusted-types.ts. The service worker
  // runs under this policy too (its own response carries it), which is why the build inlines the
  // Workbox runtime into sw.js rather than loading it with importScripts (vite.config.ts).
  "require-trusted-types-for 'script'",
  'trusted-types default',
].join('; ');

/** The headers every response carries. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

/**
 * Caching by path, on top of the headers above. The service worker must always be checked for a
 * new version (or the update prompt comes late); hashed assets never change.
 */
export const CACHE_RULES: readonly { readonly path: string; readonly cacheControl: string }[] = [
  { path: '/sw.js', cacheControl: 'no-cache' },
  { path: '/assets/*', cacheControl: 'public, max-age=31536000, immutable' },
];

export interface HeaderRule {
  /** A path, or a prefix ending in `*`, as `_headers` writes it. */
  readonly path: string;
  readonly headers: Readonly<Record<string, string>>;
}

/** Every rule the host applies: the security headers on every path, then caching by path. */
export const HOST_HEADER_RULES: readonly HeaderRule[] = [
  { path: '/*', headers: SECURITY_HEADERS },
  ...CACHE_RULES.map(({ path, cacheControl }) => ({
    path,
    headers: { 'Cache-Control': cacheControl },
  })),
];

/** The rules in the `_headers` format: a path, then its headers indented, one a line. */
export function formatHeadersFile(rules: readonly HeaderRule[] = HOST_HEADER_RULES): string {
  return rules
    .map(
      ({ path, headers }) =>
        `${path}\n${Object.entries(headers)
          .map(([name, value]) => `  ${name}: ${value}\n`)
          .join('')}`,
    )
    .join('');
}

/** Reads a `_headers` file back into rules (comments and blank lines skipped). */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: { path: string; headers: Record<string, string> }[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ path: line.trim(), headers: {} });
      continue;
    }
    const rule = rules[rules.length - 1];
    const colon = line.indexOf(':');
    if (!rule || colon < 0)
      throw new Error(`_headers: a header line outside a path or without a colon`);
    rule.headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return rules;
}

/** The headers a request for `pathname` gets: every matching rule's, later rules winning. */
export function headersFor(rules: readonly HeaderRule[], pathname: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const { path, headers: ruleHeaders } of rules) {
    const matches = path.endsWith('*') ? pathname.startsWith(path.slice(0, -1)) : pathname === path;
    if (matches) Object.assign(headers, ruleHeaders);
  }
  return headers;
}

/** The headers every response carries, as README shows them. */
export function headersSample(): string {
  return Object.entries(SECURITY_HEADERS)
    .map(([name, value]) => `${name}: ${value}\n`)
    .join('');
}

/** README's nginx sample: the same headers, with caching by `expires` in the locations. */
export function nginxSample(): string {
  const addHeaders = Object.entries(SECURITY_HEADERS)
    .map(([name, value]) => `  add_header ${name} "${value}" always;\n`)
    .join('');
  return `server {
  listen 443 ssl;
  root /srv/pain-pump-review/dist;

${addHeaders}
  # \`expires\`, not add_header, in the locations: an add_header there would drop the ones above.
  # The service worker must always be checked for a new version.
  location = /sw.js { expires -1; try_files $uri =404; }
  # Hashed assets never change.
  location /assets/ { expires max; }
  # Every other path is a page of the app.
  location / { try_files $uri /index.html; }
}
`;
}
