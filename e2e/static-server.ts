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

/**
 * A static host for a build, as the app is deployed: the single-page fallback to index.html, and
 * on every response exactly the headers the build's `_headers` file asks for (the file Netlify and
 * Cloudflare Pages read), so the tests see what a reviewer's browser sees.
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
      if (
        !file.startsWith(root) ||
        !(await stat(file)
          .then((s) => s.isFile())
          .catch(() => false))
      ) {
        file = join(root, 'index.html');
      }
      const body = await readFile(file);
      response.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        ...headersFor(rules, pathname),
      });
      response.end(body);
    })();
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: bound } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${bound}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
