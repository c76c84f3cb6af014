// Playwright's web server: the build in E2E_DIST (else dist/) on 127.0.0.1:E2E_PORT, served with
// the headers of its `_headers` file. Run by playwright.config.ts; stopped by Playwright.
import { resolve } from 'node:path';
import { serveStatic } from './static-server';

const port = Number(process.env.E2E_PORT ?? 4319);
const host = await serveStatic(resolve(process.env.E2E_DIST ?? 'dist'), port);
console.log(`Serving the build at ${host.url}`);
