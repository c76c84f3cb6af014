import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { headersFor, parseHeadersFile } from '../src/host-headers';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
};

const isFile = (path: string) =>
  stat(path)
    .then((s) => s.isFile())
    .catch(() => false);

/**
 * A static host for a build, as the app is deployed: the single-page fallback to index.html, and
 * on every response exactly the headers the build's `_headers` file asks for (the file Netlify and
 * Cloudflare Pages read), so the tests see what a reviewer's browser sees. Where the build holds a
 * compressed copy beside a file (`x.js.br`, `x.js.gz`, as `npm run bench:lighthouse` writes them)
 * and the browser accepts it, the copy is sent, as a host that compresses ahead of time does.
 */
export async function serveStatic(
  root: string,
  port = 0,
): Promise<{ url: string; close: () => Promise<void> }> {
  const rules = parseHeadersFile(await readFile(join(root, '_headers'), 'utf8'));
  const server: Server = createServer((request, response) => {
    void (async () => {
      const pathname = new URL(request.url ?? '/', 'http://x').pathname;
      const path = normalize(decodeURIComponent(pathname));
      let file = join(root, path);
      if (!file.startsWith(root) || !(await isFile(file))) file = join(root, 'index.html');
      const headers: Record<string, string> = {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        ...headersFor(rules, pathname),
      };
      const accepted = request.headers['accept-encoding'] ?? '';
      for (const [encoding, suffix] of [
        ['br', '.br'],
        ['gzip', '.gz'],
      ] as const) {
        if (accepted.includes(encoding) && (await isFile(file + suffix))) {
          file += suffix;
          headers['content-encoding'] = encoding;
          headers.vary = 'Accept-Encoding';
          break;
        }
      }
      response.writeHead(200, headers);
      response.end(await readFile(file));
    })();
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: bound } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${bound}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
