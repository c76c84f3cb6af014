import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

// scripts/audit.mjs with a stand-in for npm that answers as the registry would: the build must
// never read "advisories not checked" as a pass without saying so unmistakably.

const script = fileURLToPath(new URL('./audit.mjs', import.meta.url));
const folders: string[] = [];
afterAll(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

/** Runs the audit with an `npm` that prints `stdout` and `stderr` and exits with `code`. */
function audit(stdout: string, stderr = '', code = 1) {
  const folder = mkdtempSync(join(tmpdir(), 'audit-test-'));
  folders.push(folder);
  writeFileSync(join(folder, 'out.txt'), stdout);
  writeFileSync(join(folder, 'err.txt'), stderr);
  const npm = join(folder, 'npm');
  writeFileSync(
    npm,
    `#!/bin/sh\ncat "${folder}/out.txt"\ncat "${folder}/err.txt" >&2\nexit ${code}\n`,
  );
  chmodSync(npm, 0o755);
  return spawnSync(process.execPath, [script], {
    encoding: 'utf8',
    env: { ...process.env, PATH: `${folder}${delimiter}${process.env.PATH ?? ''}` },
  });
}

describe('npm audit in CI', () => {
  it('the service answering 405: one line saying the dependencies were NOT checked, exit 0', () => {
    const run = audit(
      '{"message":"Method Not Allowed"}',
      'npm warn audit 405 Method Not Allowed - POST https://registry.example/-/npm/v1/security/advisories/bulk\n',
    );
    expect(run.status).toBe(0);
    expect(run.stdout.trimEnd().split('\n')).toHaveLength(1);
    expect(run.stdout).toMatch(/^DEPENDENCIES NOT CHECKED: .*\(405 Method Not Allowed\)/);
    expect(run.stdout).toMatch(/Checking the dependencies/);
  });

  it('no network at all: the same line, with the error code', () => {
    const run = audit('', 'npm error code ENOTFOUND\nnpm error request failed\n');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^DEPENDENCIES NOT CHECKED: .*\(ENOTFOUND\)/);
  });

  it('a report with no serious advisory passes, with the counts', () => {
    const report = { metadata: { vulnerabilities: { critical: 0, high: 0, moderate: 1, low: 2 } } };
    const run = audit(JSON.stringify(report), '', 0);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/0 critical, 0 high, 1 moderate, 2 low/);
    expect(run.stdout).not.toMatch(/NOT CHECKED/);
  });

  it('a high advisory fails the build', () => {
    const report = { metadata: { vulnerabilities: { critical: 0, high: 1, moderate: 0, low: 0 } } };
    expect(audit(JSON.stringify(report), '', 1).status).toBe(1);
  });
});
