// `npm run bench` (size-limit): the JavaScript the first page loads, gzip, against its budget.
// The files are the ones dist/index.html names (its script and module preloads), so the figure
// follows however the build splits its chunks. Run after `npm run build`.
import { readFileSync } from 'node:fs';

const html = readFileSync('dist/index.html', 'utf8');
const firstPage = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map(
  ([, path]) => `dist/${path}`,
);

export default [
  { name: 'First page JavaScript (gzip)', path: firstPage, gzip: true, limit: '100 kB' },
  { name: 'All JavaScript of the app (gzip)', path: 'dist/assets/*.js', gzip: true },
];
