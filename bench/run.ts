// `npm run bench`: how fast the engine and the command line are, and how big the built app is.
// Figures with their units, never pass/fail: timings depend on the machine and on what else it
// is doing, so the load average is printed with them.
import { spawn } from 'node:child_process';
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  caseFileSchema,
  determine,
  parseCaseFile,
  parseCaseFileText,
  type CaseFile,
  type Determination,
  type Outcome,
  OUTCOMES,
} from '../src/engine';
import { generateCases } from './cases';
import { printFirstPage } from './first-page';
import { compressedSizes, fixed, integer, median, table } from './format';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TODAY = '2026-05-01';

const BENCH_USAGE = `Usage: npm run bench -- [engine] [cli] [bundle] [latency] [lighthouse] [--cases N]

  engine      (a) determine() and the stages of a --jsonl line, in process
  cli         (b) evaluate --jsonl as a process
  bundle      (c) the sizes of the built app, and what its first page loads
  latency     (e) one answer, from the click to the next paint, on the longest step, in
              Chromium, unthrottled and at 4x CPU throttling (also npm run bench:latency)
  lighthouse  (d) Lighthouse on the app and a bare React page (a few minutes; also
              npm run bench:lighthouse); BENCH_SKIP_LIGHTHOUSE=1 leaves it out
  --cases N   how many generated cases (b) runs (default 100,000)

With no section named, all of them run.`;

const SECTIONS = ['engine', 'cli', 'bundle', 'latency', 'lighthouse'] as const;
type Section = (typeof SECTIONS)[number];

function benchArguments(argv: readonly string[]): { sections: Set<Section>; cliCases: number } {
  const sections = new Set<Section>();
  let cliCases = 100_000;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if ((SECTIONS as readonly string[]).includes(arg)) sections.add(arg as Section);
    else if (arg === '--cases' && /^[1-9]\d*$/.test(argv[i + 1] ?? ''))
      cliCases = Number(argv[++i]);
    else {
      console.error(
        arg === '--help' || arg === '-h'
          ? BENCH_USAGE
          : `unknown argument ${arg}\n\n${BENCH_USAGE}`,
      );
      process.exit(arg === '--help' || arg === '-h' ? 0 : 2);
    }
  }
  return { sections: sections.size === 0 ? new Set(SECTIONS) : sections, cliCases };
}

const { sections: SELECTED, cliCases: CLI_CASES } = benchArguments(process.argv.slice(2));

// ---------------------------------------------------------------------------------------------
// Timing in process. Rates are per second of this process's CPU time (process.cpuUsage), so
// that other programs busy on the same machine weigh on them as little as possible: the median
// of 5 rounds of 80 ms of CPU time each, after a warm-up.

let checksum = 0; // keeps the work from being optimised away

function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

function rate<T>(
  inputs: readonly T[],
  work: (input: T) => number,
  rounds = 5,
  roundMs = 80,
): number {
  if (inputs.length === 0) return 0;
  let next = 0;
  // Runs the work over the inputs, round and round, for `ms` of CPU time; returns how many.
  const runFor = (ms: number): [done: number, elapsed: number] => {
    const start = cpuMs();
    let done = 0;
    let elapsed: number;
    do {
      for (let i = 0; i < 50; i++) {
        checksum += work(inputs[next] as T);
        next = next + 1 === inputs.length ? 0 : next + 1;
      }
      done += 50;
      elapsed = cpuMs() - start;
    } while (elapsed < ms);
    return [done, elapsed];
  };
  runFor(100); // warm-up: the optimising compiler has its go
  const perSecond: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const [done, elapsed] = runFor(roundMs);
    perSecond.push((done / elapsed) * 1000);
  }
  perSecond.sort((a, b) => a - b);
  return perSecond[Math.floor(perSecond.length / 2)] ?? 0;
}

// The parsed cases are kept as copies through JSON (the same values). Keeping parseCaseFile's
// own results, 28,000 of them in a row, led V8 to allocate everything parseCaseFile makes straight
// into the old generation (allocation-site pretenuring), which a --jsonl run, keeping nothing,
// never sees: the parseCaseFile figure below fell from about 400,000 to 110,000 a second.
function parsed(inputs: readonly unknown[]): CaseFile[] {
  return inputs.map((input) => {
    const result = parseCaseFile(input);
    if (!result.ok)
      throw new Error(`generated case not valid: ${JSON.stringify(result.problems[0])}`);
    return JSON.parse(JSON.stringify(result.caseFile)) as CaseFile;
  });
}

const determineWork = (file: CaseFile) => determine(file).outcome.length;

function benchEngine(): void {
  const mixed = parsed(generateCases(4_000, 1));
  const plain = parsed(generateCases(20_000, 2, { receivedShare: 0 }));
  const received = parsed(generateCases(4_000, 3, { receivedShare: 1 }));

  const byOutcome = new Map<Outcome, CaseFile[]>();
  for (const file of plain) {
    const outcome = determine(file).outcome;
    const list = byOutcome.get(outcome) ?? [];
    if (list.length < 2_000) list.push(file);
    byOutcome.set(outcome, list);
  }

  console.log(
    `(a) determine() alone, in process: pre-parsed, varied cases, each with its reviewDate`,
  );
  console.log(`    (per second of CPU time; median of 5 rounds)\n`);
  const rows: string[][] = [];
  const row = (label: string, files: readonly CaseFile[]) => {
    const perSecond = rate(files, determineWork);
    rows.push([label, integer(files.length), integer(perSecond), fixed(1e6 / perSecond, 2)]);
  };
  row('all paths, 25% with receivedAt', mixed);
  row('all paths, no receivedAt', plain.slice(0, 4_000));
  for (const outcome of OUTCOMES) row(`  only ${outcome}`, byOutcome.get(outcome) ?? []);
  row('all paths, all with receivedAt', received);
  table(['case mix', 'cases', 'determinations/s', 'µs each'], rows);

  // The other stages of one --jsonl line, to show where a line's time goes.
  const texts = generateCases(4_000, 1).map((input) => JSON.stringify(input));
  const values = texts.map((text) => JSON.parse(text) as unknown);
  const determinations: Determination[] = mixed.map((file) => determine(file));
  const stages: [string, () => number][] = [
    [
      'JSON.parse (line → value)',
      () => rate(texts, (t) => (JSON.parse(t) as { policy: string }).policy.length),
    ],
    ['parseCaseFile (validation)', () => rate(values, (v) => (parseCaseFile(v).ok ? 1 : 0))],
    [
      '  the zod schema alone, for comparison',
      () => rate(values, (v) => (caseFileSchema().safeParse(v).success ? 1 : 0)),
    ],
    ['determine', () => rate(mixed, determineWork)],
    ['JSON.stringify (the line out)', () => rate(determinations, (d) => JSON.stringify(d).length)],
    [
      'whole line: all of the above',
      () =>
        rate(texts, (t) => {
          const result = parseCaseFileText(t);
          return result.ok
            ? JSON.stringify(determine(result.caseFile, { today: TODAY })).length
            : 0;
        }),
    ],
  ];
  console.log(`\n    One --jsonl line, stage by stage (same 4,000 cases, 25% with receivedAt):\n`);
  table(
    ['stage', 'per second', 'µs each'],
    stages.map(([label, measure]) => {
      const perSecond = measure();
      return [label, integer(perSecond), fixed(1e6 / perSecond, 2)];
    }),
  );
  const averageOut =
    determinations.reduce((n, d) => n + JSON.stringify(d).length + 1, 0) / determinations.length;
  const averageIn = texts.reduce((n, t) => n + t.length + 1, 0) / texts.length;
  console.log(
    `\n    A line averages ${integer(averageIn)} bytes in and ${integer(averageOut)} bytes out.`,
  );
}

// ---------------------------------------------------------------------------------------------
// The command line, as a process

interface ProcessRun {
  readonly seconds: number;
  /** User and system CPU time of the command and its children, when bash can tell. */
  readonly cpuSeconds: number | undefined;
  readonly code: number | null;
  readonly lines: number;
  readonly bytes: number;
  readonly stderr: string;
}

// Where there is bash, its `times` reports the CPU time the command used, which other programs
// busy on the machine do not inflate the way they do the wall clock.
const BASH = ['/bin/bash', '/usr/bin/bash'].find((path) => existsSync(path));
const TIMES = /(?:^|\n)(\d+)m([\d.]+)s (\d+)m([\d.]+)s\n?$/;

// The command `npm run evaluate` runs (package.json), without npm itself: `node` is this node.
const EVALUATE = (() => {
  const scripts = (
    JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    }
  ).scripts;
  const [program = 'node', ...args] = (scripts.evaluate ?? '').split(/\s+/).filter(Boolean);
  const command =
    program === 'node' ? process.execPath : join(ROOT, 'node_modules', '.bin', program);
  return { text: `${program} ${args.join(' ')}`, command, args };
})();

function evaluateJsonl(file: string): Promise<ProcessRun> {
  const args = [...EVALUATE.args, '--jsonl', file];
  const [command, commandArgs] = BASH
    ? [BASH, ['-c', '"$0" "$@"; code=$?; times >&2; exit $code', EVALUATE.command, ...args]]
    : [EVALUATE.command, args];
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(command, commandArgs, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let lines = 0;
    let bytes = 0;
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      bytes += chunk.length;
      for (let at = chunk.indexOf(10); at !== -1; at = chunk.indexOf(10, at + 1)) lines += 1;
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const seconds = (performance.now() - start) / 1000;
      const times = BASH ? TIMES.exec(stderr) : null;
      const cpuSeconds = times
        ? Number(times[1]) * 60 + Number(times[2]) + Number(times[3]) * 60 + Number(times[4])
        : undefined;
      if (times) stderr = stderr.slice(0, times.index).replace(/[^\n]*$/, ''); // the shell's own line too
      resolve({ seconds, cpuSeconds, code, lines, bytes, stderr });
    });
  });
}

async function benchCommandLine(): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'pain-pump-bench-'));
  try {
    const cases = generateCases(CLI_CASES, 4).map((input) => JSON.stringify(input));
    const batch = join(folder, 'cases.jsonl');
    const single = join(folder, 'one.jsonl');
    writeFileSync(batch, `${cases.join('\n')}\n`);
    writeFileSync(single, `${cases[0]}\n`);
    const megabytes = statSync(batch).size / 1e6;

    console.log(
      `(b) evaluate --jsonl as a process (${EVALUATE.text}, as \`npm run evaluate\` runs it),` +
        `\n    ${integer(CLI_CASES)} generated cases (25% with receivedAt), ${fixed(megabytes, 1)} MB in, read through a pipe\n`,
    );
    const startups: ProcessRun[] = [];
    for (let i = 0; i < 3; i++) {
      const one = await evaluateJsonl(single);
      if (one.code !== 0 || one.lines !== 1) throw new Error(`one-line run failed: ${one.stderr}`);
      startups.push(one);
    }
    const startup = median(startups.map((run) => run.seconds));
    const startupCpu = BASH ? median(startups.map((run) => run.cpuSeconds ?? 0)) : undefined;

    const full = await evaluateJsonl(batch);
    if (full.code !== 0 || full.lines !== CLI_CASES) {
      throw new Error(
        `the ${CLI_CASES}-case run failed (exit ${full.code}, ${full.lines} lines): ${full.stderr}`,
      );
    }
    const working = Math.max(full.seconds - startup, 1e-9);
    const workingCpu =
      full.cpuSeconds !== undefined && startupCpu !== undefined
        ? Math.max(full.cpuSeconds - startupCpu, 1e-9)
        : undefined;
    const cpuCells = (cpu: number | undefined, perCase: boolean) =>
      cpu === undefined ? ['n/a', ''] : [fixed(cpu, 2), perCase ? integer(CLI_CASES / cpu) : ''];
    table(
      ['run', 'wall s', 'cases/s', 'CPU s', 'cases per CPU s'],
      [
        [
          'start-up alone (1-line run, median of 3)',
          fixed(startup, 2),
          '',
          ...cpuCells(startupCpu, false),
        ],
        [
          `${integer(CLI_CASES)} cases, with start-up`,
          fixed(full.seconds, 2),
          integer(CLI_CASES / full.seconds),
          ...cpuCells(full.cpuSeconds, true),
        ],
        [
          `${integer(CLI_CASES)} cases, less start-up`,
          fixed(working, 2),
          integer(CLI_CASES / working),
          ...cpuCells(workingCpu, true),
        ],
      ],
    );
    console.log(
      `\n    Exit status ${full.code}; ${integer(full.lines)} lines out, ${fixed(full.bytes / 1e6, 1)} MB.` +
        (BASH
          ? ' CPU time: all processes of the command and their children, from bash `times`.'
          : ''),
    );
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------
// The built app

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    return entry.isDirectory() ? filesUnder(path) : [path];
  });
}

function benchBundle(): void {
  const dist = join(ROOT, 'dist');
  console.log(`(c) the built app (dist/): KB = 1,000 bytes; gzip level 9, brotli quality 11\n`);
  if (!existsSync(dist)) {
    console.log('    No dist/ folder: run `npx vite build` first, then `npm run bench` again.');
    return;
  }
  const rows: string[][] = [];
  for (const [kind, extension] of [
    ['JS', /\.m?js$/],
    ['CSS', /\.css$/],
  ] as const) {
    const totals = [0, 0, 0];
    const files = filesUnder(dist)
      .filter((path) => extension.test(path))
      .sort();
    for (const path of files) {
      const { raw, gzip, brotli } = compressedSizes(readFileSync(path));
      const sizes = [raw, gzip, brotli];
      sizes.forEach((size, i) => (totals[i] = (totals[i] ?? 0) + size));
      rows.push([relative(dist, path), ...sizes.map((size) => fixed(size / 1000, 2))]);
    }
    rows.push([
      `${kind} total (${files.length} file${files.length === 1 ? '' : 's'})`,
      ...totals.map((size) => fixed(size / 1000, 2)),
    ]);
  }
  table(['file', 'raw KB', 'gzip KB', 'brotli KB'], rows);
  printFirstPage(dist);
}

// ---------------------------------------------------------------------------------------------

const started = performance.now();
const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU';
console.log(
  `Pain-pump review benchmarks (figures, not pass/fail)\n` +
    `node ${process.version}, ${process.platform} ${process.arch}, ${cpus().length} × ${cpu}; ` +
    `load average ${loadavg()
      .map((n) => fixed(n, 2))
      .join(' ')} at start\n`,
);
if (SELECTED.has('engine')) {
  benchEngine();
  console.log('');
}
if (SELECTED.has('cli')) {
  await benchCommandLine();
  console.log('');
}
if (SELECTED.has('bundle')) benchBundle();
if (SELECTED.has('latency')) {
  console.log('');
  if (!existsSync(join(ROOT, 'dist', 'index.html'))) {
    console.log('(e) Answer latency: no build in dist/ (run npm run build first).');
  } else {
    process.stdout.write('(e) ');
    // Loaded only when it runs: it brings Vite, Playwright and a browser with it.
    const { benchAnswerLatency } = await import('./answer-latency');
    await benchAnswerLatency([join(ROOT, 'dist')]);
  }
}
if (SELECTED.has('lighthouse')) {
  console.log('');
  if (process.env.BENCH_SKIP_LIGHTHOUSE === '1') {
    console.log('(d) Lighthouse: skipped (BENCH_SKIP_LIGHTHOUSE=1).');
  } else {
    // Loaded only when it runs: it brings Vite, Lighthouse and a browser launcher with it.
    const { benchLighthouse } = await import('./lighthouse');
    await benchLighthouse();
  }
}
console.log(
  `\nDone in ${fixed((performance.now() - started) / 1000, 1)} s; load average ${fixed(loadavg()[0] ?? 0, 2)} at the end.` +
    (checksum === 0.5 ? '' : ''),
);
