// What the built app's first page costs: the files a browser fetches before the app can start,
// worked out from dist/index.html and the chunks themselves, not from file names.
//
// The first page is the entry script, the modulepreload and stylesheet links in index.html,
// and every chunk those reach by a static `import … from "./x.js"` (a module cannot run before
// its static imports have loaded). A dynamic `import("./x.js")` loads later, when the code
// asks for it; those chunks are listed one by one, with what each brings beyond the first page.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { addSizes, compressedSizes, kb, table, type Sizes } from './format';

/** The goal from the issue: the first page needs at most this much gzip JavaScript. */
export const FIRST_PAGE_JS_GZIP_GOAL = 100_000;

export interface BundleFile {
  /** Relative to dist/, with forward slashes: `assets/shared-Ch9Qk5Ij.js`. */
  readonly path: string;
  readonly sizes: Sizes;
}

export interface DynamicTarget {
  readonly path: string;
  /** The target and its static imports that the first page has not loaded already. */
  readonly adds: readonly string[];
  readonly sizes: Sizes;
}

export interface FirstPageReport {
  readonly firstPageJs: readonly BundleFile[];
  readonly firstPageCss: readonly BundleFile[];
  /** The service worker's registration and update banner, which the app imports as it starts. */
  readonly afterStart: readonly BundleFile[];
  /** sw.js and the Workbox runtime it imports: fetched by the browser once the worker registers. */
  readonly serviceWorker: readonly BundleFile[];
  /** Every other JS and CSS file: loaded only when a page or an action needs it. */
  readonly lazy: readonly BundleFile[];
  readonly dynamicTargets: readonly DynamicTarget[];
  /** Disagreements between index.html's links and the chunks' static imports, if any. */
  readonly notes: readonly string[];
}

const toPosix = (path: string) => path.split(sep).join('/');

function attributes(tag: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const m of tag.matchAll(/([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/g)) {
    found.set((m[1] as string).toLowerCase(), m[2] ?? m[3] ?? m[4] ?? '');
  }
  return found;
}

/** A URL in index.html as a path relative to dist/, or undefined for another origin. */
function distPath(url: string): string | undefined {
  if (/^[a-z][a-z\d+.-]*:|^\/\//i.test(url)) return undefined;
  return url.replace(/^\.?\//, '').replace(/[?#].*$/, '');
}

interface HtmlLinks {
  readonly scripts: string[];
  readonly modulePreloads: string[];
  readonly stylesheets: string[];
}

function htmlLinks(html: string): HtmlLinks {
  const links: HtmlLinks = { scripts: [], modulePreloads: [], stylesheets: [] };
  for (const [tag] of html.matchAll(/<(?:script|link)\b[^>]*>/gi)) {
    const attrs = attributes(tag);
    if (/^<script/i.test(tag)) {
      const src = attrs.get('src');
      const path = src === undefined ? undefined : distPath(src);
      if (path) links.scripts.push(path);
      continue;
    }
    const rel = (attrs.get('rel') ?? '').toLowerCase().split(/\s+/);
    const href = attrs.get('href');
    const path = href === undefined ? undefined : distPath(href);
    if (!path) continue;
    if (rel.includes('modulepreload')) links.modulePreloads.push(path);
    else if (rel.includes('stylesheet')) links.stylesheets.push(path);
  }
  return links;
}

// Minified ESM: `import{a as b}from"./x.js"`, `import"./x.js"`, `export*from"./x.js"`. The
// clause between the keyword and `from` holds no parenthesis, so `import("./x.js")` is not one.
const STATIC_IMPORT =
  /(?:^|[\s;})])(?:import|export)\s*(?:[\w$\s{},*]*?\bfrom\s*)?(["'`])(\.{1,2}\/[^"'`\n]+)\1/g;
const DYNAMIC_IMPORT = /\bimport\(\s*(["'`])(\.{1,2}\/[^"'`\n]+)\1\s*\)/g;

function specifiers(source: string, pattern: RegExp): string[] {
  return [...source.matchAll(pattern)].map((m) => m[2] as string);
}

export function firstPageBundle(dist: string): FirstPageReport {
  const source = new Map<string, string>();
  const read = (path: string) => {
    let text = source.get(path);
    if (text === undefined) {
      text = readFileSync(join(dist, path), 'utf8');
      source.set(path, text);
    }
    return text;
  };
  const resolveFrom = (importer: string, specifier: string) =>
    toPosix(join(dirname(importer), specifier));
  const staticImports = (path: string) =>
    specifiers(read(path), STATIC_IMPORT).map((s) => resolveFrom(path, s));

  /** The files and everything they reach by static imports. */
  const closure = (start: readonly string[]): Set<string> => {
    const seen = new Set<string>();
    const queue = [...start];
    for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
      if (seen.has(path)) continue;
      seen.add(path);
      if (/\.m?js$/.test(path)) queue.push(...staticImports(path));
    }
    return seen;
  };

  const links = htmlLinks(readFileSync(join(dist, 'index.html'), 'utf8'));
  const firstPage = closure([...links.scripts, ...links.modulePreloads]);
  for (const css of links.stylesheets) firstPage.add(css);

  const notes: string[] = [];
  const reached = closure(links.scripts);
  for (const preload of links.modulePreloads) {
    if (!reached.has(preload))
      notes.push(`${preload} is preloaded by index.html but no first-page script imports it`);
  }
  for (const path of reached) {
    if (!links.scripts.includes(path) && !links.modulePreloads.includes(path))
      notes.push(`${path} is a static import of the first page but index.html does not preload it`);
  }

  const sized = new Map<string, BundleFile>();
  const file = (path: string): BundleFile => {
    let entry = sized.get(path);
    if (!entry) {
      entry = { path, sizes: compressedSizes(readFileSync(join(dist, path))) };
      sized.set(path, entry);
    }
    return entry;
  };

  const all = (function filesUnder(folder: string): string[] {
    return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
      const path = join(folder, entry.name);
      return entry.isDirectory() ? filesUnder(path) : [toPosix(relative(dist, path))];
    });
  })(dist)
    .filter((path) => /\.(m?js|css)$/.test(path))
    .sort();

  // The service worker lives at the root (sw.js) with the Workbox runtime beside it.
  const isServiceWorker = (path: string) => /^(sw|workbox-[\w-]+)\.js$/.test(path);
  // src/features/app-update: imported by main.tsx and the root layout as soon as the app starts.
  const isAfterStart = (path: string) =>
    /(^|\/)(workbox-window|register|update-banner)[.\w-]*\.js$/.test(path);

  const afterStartPaths = closure(all.filter(isAfterStart));
  for (const path of firstPage) afterStartPaths.delete(path);

  const dynamicTargets = [
    ...new Set(
      [...all]
        .filter((path) => /\.m?js$/.test(path) && !isServiceWorker(path))
        .flatMap((path) => specifiers(read(path), DYNAMIC_IMPORT).map((s) => resolveFrom(path, s))),
    ),
  ]
    .filter((path) => existsSync(join(dist, path)))
    .sort()
    .map((path): DynamicTarget => {
      const adds = [...closure([path])].filter((p) => !firstPage.has(p)).sort();
      return { path, adds, sizes: addSizes(adds.map((p) => file(p).sizes)) };
    });

  const byKind = (paths: Iterable<string>, pattern: RegExp) =>
    [...paths]
      .filter((p) => pattern.test(p))
      .sort()
      .map(file);
  return {
    firstPageJs: byKind(firstPage, /\.m?js$/),
    firstPageCss: byKind(firstPage, /\.css$/),
    afterStart: byKind(afterStartPaths, /\.(m?js|css)$/),
    serviceWorker: byKind(all.filter(isServiceWorker), /\.js$/),
    lazy: all
      .filter((p) => !firstPage.has(p) && !afterStartPaths.has(p) && !isServiceWorker(p))
      .map(file),
    dynamicTargets,
    notes,
  };
}

const sizeCells = (sizes: Sizes) => [kb(sizes.raw), kb(sizes.gzip), kb(sizes.brotli)];
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Prints the first page, what loads after start, and each lazily loaded chunk. */
export function printFirstPage(dist: string): void {
  const report = firstPageBundle(dist);
  const jsTotal = addSizes(report.firstPageJs.map((f) => f.sizes));
  const cssTotal = addSizes(report.firstPageCss.map((f) => f.sizes));

  console.log(
    `\n    The first page: index.html's entry script, modulepreload and stylesheet links, and the` +
      `\n    chunks they reach by static imports (what the browser loads before the app starts)\n`,
  );
  table(
    ['file', 'raw KB', 'gzip KB', 'brotli KB'],
    [
      ...report.firstPageJs.map((f) => [f.path, ...sizeCells(f.sizes)]),
      [`first-page JS (${plural(report.firstPageJs.length, 'file')})`, ...sizeCells(jsTotal)],
      ...report.firstPageCss.map((f) => [f.path, ...sizeCells(f.sizes)]),
      [`first-page CSS (${plural(report.firstPageCss.length, 'file')})`, ...sizeCells(cssTotal)],
      [`first page, JS + CSS`, ...sizeCells(addSizes([jsTotal, cssTotal]))],
    ],
  );
  const goal = FIRST_PAGE_JS_GZIP_GOAL;
  console.log(
    `\n    First-page JS: ${kb(jsTotal.gzip)} KB gzip, ${kb(jsTotal.brotli)} KB brotli; ` +
      `goal at most ${kb(goal)} KB gzip (${jsTotal.gzip <= goal ? 'within it' : `over by ${kb(jsTotal.gzip - goal)} KB`}).`,
  );
  for (const note of report.notes) console.log(`    Note: ${note}.`);

  console.log(
    `\n    Loaded after start: the service worker's registration (with workbox-window) and the` +
      `\n    update banner, by dynamic imports as the app starts; then the service worker itself,` +
      `\n    which precaches every file\n`,
  );
  table(
    ['file', 'raw KB', 'gzip KB', 'brotli KB'],
    [...report.afterStart, ...report.serviceWorker].map((f) => [f.path, ...sizeCells(f.sizes)]),
  );

  console.log(
    `\n    Lazily loaded chunks (dynamic import(), when a page or an action needs them)\n`,
  );
  const lazyTotal = addSizes(report.lazy.map((f) => f.sizes));
  table(
    ['file', 'raw KB', 'gzip KB', 'brotli KB'],
    [
      ...report.lazy.map((f) => [f.path, ...sizeCells(f.sizes)]),
      [`lazy total (${plural(report.lazy.length, 'file')})`, ...sizeCells(lazyTotal)],
    ],
  );

  console.log(
    `\n    Each dynamic import() target with its static imports, less what the first page has` +
      `\n    loaded already (JS only; a lazy page's own CSS is listed above)\n`,
  );
  table(
    ['import() target', 'files', 'raw KB', 'gzip KB', 'brotli KB'],
    report.dynamicTargets.map((t) => [t.path, String(t.adds.length), ...sizeCells(t.sizes)]),
  );
}
