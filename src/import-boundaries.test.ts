import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// STYLE.md: imports go one way, policy ← engine ← features ← routes. The linter holds the line;
// here the linter is held to it, on files that would break it.

const eslint = new ESLint({ cwd: new URL('..', import.meta.url).pathname });

async function refusals(filePath: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-imports')
    .map((m) => m.message);
}

describe('import boundaries', () => {
  it('src/engine imports no React, router or form library, in .ts or .tsx, by any entry point', async () => {
    for (const [file, from] of [
      ['src/engine/probe.ts', 'react'],
      ['src/engine/probe.ts', 'react/jsx-runtime'],
      ['src/engine/probe.tsx', 'react-dom/client'],
      ['src/engine/probe.ts', 'react-hook-form'],
      ['src/engine/probe.ts', '@tanstack/react-router'],
    ] as const) {
      expect(
        await refusals(file, `import * as m from '${from}';\nexport const x = m;\n`),
        `${file} ← ${from}`,
      ).toHaveLength(1);
    }
  }, 30_000);

  it('src/engine imports no feature, route, component or the command line', async () => {
    for (const from of [
      '../features/review',
      '../routes/root',
      '../components/ui/button',
      '../cli/run',
    ]) {
      expect(
        await refusals(
          'src/engine/probe.ts',
          `import * as m from '${from}';\nexport const x = m;\n`,
        ),
        from,
      ).toHaveLength(1);
    }
  }, 30_000);

  it('src/policy imports nothing outside itself; src/engine may import it and zod', async () => {
    expect(
      await refusals(
        'src/policy/probe.ts',
        `import * as m from '../engine';\nexport const x = m;\n`,
      ),
    ).toHaveLength(1);
    expect(
      await refusals('src/policy/probe.tsx', `import * as m from 'react';\nexport const x = m;\n`),
    ).toHaveLength(1);
    expect(
      await refusals('src/policy/probe.ts', `import * as m from './items';\nexport const x = m;\n`),
    ).toHaveLength(0);
    expect(
      await refusals(
        'src/engine/probe.ts',
        `import * as m from '../policy';\nimport * as z from 'zod/mini';\nexport const x = [m, z];\n`,
      ),
    ).toHaveLength(0);
  }, 30_000);

  it('the command line runs the engine, not the app', async () => {
    expect(
      await refusals('src/cli/probe.ts', `import * as m from 'react';\nexport const x = m;\n`),
    ).toHaveLength(1);
    expect(
      await refusals(
        'src/cli/probe.ts',
        `import * as m from '../features/review';\nexport const x = m;\n`,
      ),
    ).toHaveLength(1);
    expect(
      await refusals('src/cli/probe.ts', `import * as m from '../engine';\nexport const x = m;\n`),
    ).toHaveLength(0);
  }, 30_000);

  it('features import each other through their index, never routes', async () => {
    expect(
      await refusals(
        'src/features/summary/probe.tsx',
        `import * as m from '../../routes/root';\nexport const x = m;\n`,
      ),
    ).toHaveLength(1);
    expect(
      await refusals(
        'src/features/summary/probe.tsx',
        `import * as m from '../review/steps';\nexport const x = m;\n`,
      ),
    ).toHaveLength(1);
    expect(
      await refusals(
        'src/features/summary/probe.tsx',
        `import * as m from '../../features/review/steps';\nexport const x = m;\n`,
      ),
    ).toHaveLength(1);
    expect(
      await refusals(
        'src/features/summary/probe.tsx',
        `import * as m from '../review';\nexport const x = m;\n`,
      ),
    ).toHaveLength(0);
    expect(
      await refusals(
        'src/features/summary/probe.tsx',
        `import * as m from './summary-text';\nexport const x = m;\n`,
      ),
    ).toHaveLength(0);
    expect(
      await refusals(
        'src/features/summary/probe.tsx',
        `import * as m from '../../components/ui/button';\nexport const x = m;\n`,
      ),
    ).toHaveLength(0);
    expect(
      await refusals(
        'src/components/ui/probe.tsx',
        `import * as m from '../../routes/root';\nexport const x = m;\n`,
      ),
    ).toHaveLength(1);
  }, 30_000);
});
