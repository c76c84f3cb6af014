// `npm audit` of the production dependencies: fails on any high or critical advisory. When the
// registry's audit service cannot be reached, says so in one line and does not block the build
// (the check needs that service; nothing else in the build does).
import { spawnSync } from 'node:child_process';

const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8' });
let report;
try {
  report = JSON.parse(run.stdout);
} catch {
  report = undefined;
}

const counts = report?.metadata?.vulnerabilities;
if (!counts) {
  const reason =
    report?.error?.summary ||
    report?.error?.code ||
    run.stderr
      .split('\n')
      .find((line) => /audit|ENOTFOUND|ECONN|E\d{3}/.test(line))
      ?.trim() ||
    'no answer';
  console.log(
    `npm audit: the audit service could not be reached (${reason}); advisories not checked.`,
  );
  process.exit(0);
}

const serious = (counts.high ?? 0) + (counts.critical ?? 0);
console.log(
  `npm audit (production dependencies): ${counts.critical ?? 0} critical, ${counts.high ?? 0} high, ${counts.moderate ?? 0} moderate, ${counts.low ?? 0} low.`,
);
if (serious > 0) {
  spawnSync('npm', ['audit', '--omit=dev', '--audit-level=high'], { stdio: 'inherit' });
  process.exit(1);
}
