import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// STYLE.md: imports go one way, policy ← engine ← features ← routes. The linter holds the line;
// here the linter is held to it, on files that would break it.

const eslint = new ESLint({ cwd: new URL('..', import.meta.url).pathname });

/** How many of a file's imports the linter refuses, for a file at `filePath` importing `from`. */
async function refusals(filePath: string, ...from: readonly string[]): Promise<number> {
  const source =
    from.map((f, i) => `import * as m${i} from '${f}';\n`).join('') +
    `export const x = [${from.map((_, i) => `m${i}`).join(', ')}];\n`;
  const [result] = await eslint.lintText(source, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').length;
}

// 1: refused (by one rule or more), 0: allowed.
type Case = readonly [file: string, from: string, refused: 0 | 1];

async function expectRefusals(cases: readonly Case[]): Promise<void> {
  for (const [file, from, refused] of cases) {
    const refusedBy = await refusals(file, from);
    expect(Math.min(refusedBy, 1), `${file} ← ${from}`).toBe(refused);
  }
}

describe('import boundaries', () => {
  it('src/engine imports no React, router or form library, in .ts or .tsx, by any entry point', async () => {
    await expectRefusals([
      ['src/engine/probe.ts', 'react', 1],
      ['src/engine/probe.ts', 'react/jsx-runtime', 1],
      ['src/engine/probe.tsx', 'react-dom/client', 1],
      ['src/engine/probe.ts', 'react-hook-form', 1],
      ['src/engine/probe.ts', '@tanstack/react-router', 1],
    ]);
  }, 30_000);

  it('src/engine imports no feature, route, component or the command line', async () => {
    await expectRefusals([
      ['src/engine/probe.ts', '../features/review', 1],
      ['src/engine/probe.ts', '../routes/root', 1],
      ['src/engine/probe.ts', '../components/ui/button', 1],
      ['src/engine/probe.ts', '../cli/run', 1],
    ]);
  }, 30_000);

  it('src/policy imports nothing outside itself; src/engine may import it and zod', async () => {
    await expectRefusals([
      ['src/policy/probe.ts', '../engine', 1],
      ['src/policy/probe.tsx', 'react', 1],
      ['src/policy/probe.ts', './items', 0],
    ]);
    expect(await refusals('src/engine/probe.ts', '../policy', 'zod/mini')).toBe(0);
  }, 30_000);

  it('the command line runs the engine, not the app', async () => {
    await expectRefusals([
      ['src/cli/probe.ts', 'react', 1],
      ['src/cli/probe.ts', '../features/review', 1],
      ['src/cli/probe.ts', '../engine', 0],
    ]);
  }, 30_000);

  it('features import each other through their index, never routes', async () => {
    await expectRefusals([
      ['src/features/summary/probe.tsx', '../../routes/root', 1],
      ['src/features/summary/probe.tsx', '../review/steps', 1],
      ['src/features/summary/probe.tsx', '../../features/review/steps', 1],
      ['src/features/summary/probe.tsx', '../shared', 0],
      ['src/features/summary/probe.tsx', './summary-text', 0],
      ['src/features/summary/probe.tsx', '../../components/ui/button', 0],
      ['src/components/ui/probe.tsx', '../../routes/root', 1],
    ]);
  }, 30_000);

  it('the summary borrows nothing from the wizard: what both need is in features/shared', async () => {
    await expectRefusals([
      ['src/features/summary/probe.tsx', '../review', 1],
      ['src/features/summary/probe.tsx', '../../features/review', 1],
      ['src/features/summary/probe.tsx', '../case-file', 0],
      ['src/features/review/probe.tsx', '../shared', 0],
      ['src/features/review/probe.tsx', '../shared/steps', 1],
    ]);
  }, 30_000);

  it('features/shared imports no other feature', async () => {
    await expectRefusals([
      ['src/features/shared/probe.tsx', '../review', 1],
      ['src/features/shared/probe.tsx', '../summary', 1],
      ['src/features/shared/probe.ts', '../case-file', 1],
      ['src/features/shared/probe.ts', './steps', 0],
      ['src/features/shared/probe.tsx', '../../components/ui/button', 0],
      ['src/features/shared/probe.ts', '../../engine', 0],
    ]);
  }, 30_000);

  it('routes import a feature only through its index', async () => {
    await expectRefusals([
      ['src/routes/probe.tsx', '../features/review', 0],
      ['src/routes/probe.tsx', '../features/shared', 0],
      ['src/routes/probe.tsx', '../features/review/step-page', 1],
      ['src/routes/probe.tsx', '../features/shared/steps', 1],
      ['src/routes/probe.tsx', '../features/home/home-page', 1],
      ['src/routes/probe.tsx', './root', 0],
    ]);
  }, 30_000);
});
