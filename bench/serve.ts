// A small static server for the benchmarks: serves one folder on 127.0.0.1 (a free port the
// system picks), compressed as a static host would, with the headers README's "Deploying" asks
// for. Loopback only, GET and HEAD only, and closed by whoever started it.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import { headersFor, HOST_HEADER_RULES } from '../src/host-headers';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

const COMPRESSIBLE = new Set([
  '.html',
  '.js',
  '.mjs',
  '.css',
  '.json',
  '.webmanifest',
  '.svg',
  '.txt',
]);

type Encoding = 'br' | 'gzip' | 'identity';

/** The best encoding the request accepts: brotli, then gzip, else none (q=0 refuses one). */
function chooseEncoding(acceptEncoding: string | undefined): Encoding {
  const accepted = new Map<string, number>();
  for (const part of (acceptEncoding ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    accepted.set(name, q === undefined ? 1 : Number(q));
  }
  const allows = (name: string) => (accepted.get(name) ?? accepted.get('*') ?? 0) > 0;
  if (allows('br')) return 'br';
  if (allows('gzip')) return 'gzip';
  return 'identity';
}

export interface StaticServer {
  /** Where the folder is served, such as `http://127.0.0.1:40123` (no trailing slash). */
  readonly origin: string;
  close(): Promise<void>;
}

/**
 * Serves `folder`. A path that is not a file and has no file extension gets index.html, so a
 * page inside the single-page app loads on its own (`/review/request`); a missing asset is a 404.
 */
export async function serveStatic(folder: string): Promise<StaticServer> {
  const root = normalize(folder + sep);
  // Every file compressed before the first request, at the strongest settings, as a host that
  // compresses ahead of time sends them: no request waits for a compressor, the first no more
  // than the last.
  const compressed = new Map<string, Buffer>();
  const compressAll = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) compressAll(path);
      else if (COMPRESSIBLE.has(extname(path))) {
        const body = readFileSync(path);
        compressed.set(`gzip ${path}`, gzipSync(body, { level: 9 }));
        compressed.set(
          `br ${path}`,
          brotliCompressSync(body, {
            params: {
              [zlib.BROTLI_PARAM_QUALITY]: 11,
              [zlib.BROTLI_PARAM_SIZE_HINT]: body.length,
            },
          }),
        );
      }
    }
  };
  compressAll(root);

  const fileFor = (pathname: string): string | undefined => {
    let decoded: string;
    try {
      decoded = decodeURIComponent(pathname);
    } catch {
      return undefined;
    }
    if (decoded.includes('\0')) return undefined;
    const path = normalize(join(root, decoded));
    if (!path.startsWith(root)) return undefined; // no way out of the folder
    try {
      if (statSync(path).isFile()) return path;
    } catch {
      // not there: maybe a page of the app
    }
    return extname(decoded) === '' ? join(root, 'index.html') : undefined;
  };

  const handle = (request: IncomingMessage, response: ServerResponse) => {
    const pathname = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    // The headers the build's `_headers` asks of a host (README, "Deploying").
    for (const [name, value] of Object.entries(headersFor(HOST_HEADER_RULES, pathname)))
      response.setHeader(name, value);
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    const file = fileFor(pathname);
    if (!file) {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found\n');
      return;
    }
    const extension = extname(file);
    let body: Buffer = readFileSync(file);
    const encoding = COMPRESSIBLE.has(extension)
      ? chooseEncoding(request.headers['accept-encoding'])
      : 'identity';
    const packed = encoding === 'identity' ? undefined : compressed.get(`${encoding} ${file}`);
    if (packed) {
      body = packed;
      response.setHeader('Content-Encoding', encoding);
    }
    if (COMPRESSIBLE.has(extension)) response.setHeader('Vary', 'Accept-Encoding');
    response.setHeader('Content-Type', CONTENT_TYPES[extension] ?? 'application/octet-stream');
    response.setHeader('Content-Length', body.length);
    // Hashed assets never change; everything else (index.html, sw.js) is checked every time.
    response.setHeader(
      'Cache-Control',
      pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    );
    response.writeHead(200);
    response.end(request.method === 'HEAD' ? undefined : body);
  };

  const server = createServer((request, response) => {
    try {
      handle(request, response);
    } catch (error) {
      if (!response.headersSent) response.writeHead(500);
      response.end(String(error));
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
