// `npm audit` of the production dependencies: fails on any high or critical advisory. When the
// registry's advisory service cannot be reached, nothing was checked: it says so in one line that
// cannot be mistaken for a pass (README, "Checking the dependencies", says how to check them on
// another machine), and does not block the build, since nothing else in it needs that service.
import { spawnSync } from 'node:child_process';

const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8' });
let report;
try {
  report = JSON.parse(run.stdout);
} catch {
  report = undefined;
}

/** Why the service gave no report, in a few words: an HTTP status or a network error code. */
function reason() {
  const text = [report?.error?.summary, report?.error?.code, run.stderr].filter(Boolean).join(' ');
  const status = /\b([1-5]\d\d) ([A-Z][A-Za-z ]*?)(?= -|$|\n)/m.exec(text);
  if (status) return `${status[1]} ${status[2]}`;
  const code = /\b(E[A-Z]{3,}[A-Z_]*)\b/.exec(text);
  return code ? code[1] : 'no report';
}

const counts = report?.metadata?.vulnerabilities;
if (!counts) {
  console.log(
    `DEPENDENCIES NOT CHECKED: the advisory service could not be reached (${reason()}), so no advisory was looked up; run "npm audit --omit=dev" where it can be (README, "Checking the dependencies").`,
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
