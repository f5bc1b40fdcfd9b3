import { mkdtempSync, readdirSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The run's own temp directory: every test file gets a folder in it (see
 * temp-dir-file.ts), and child processes inherit it through TMPDIR, so that
 * what a run leaves behind is told apart from other runs on the machine.
 * After the run it is removed; if anything was still in it (a file that a
 * process wrote after its test had cleaned up), the run fails, saying what.
 */
export default function setup(): () => void {
  const previous = process.env.TMPDIR;
  const run = mkdtempSync(join(realpathSync(tmpdir()), 'standpoint-test-run-'));
  process.env.TMPDIR = run;
  return () => {
    const left = readdirSync(run, { recursive: true }).map(String).filter((p) => p.includes('standpoint-'));
    rmSync(run, { recursive: true, force: true, maxRetries: 3 });
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
    if (left.length === 0) return;
    console.error(`\n✗ The tests left ${left.length} standpoint-* entr${left.length === 1 ? 'y' : 'ies'} in the temp directory (now removed):\n${left.map((p) => `    ${p}`).join('\n')}\n  Every test removes what it makes: afterAll/afterEach(() => rmSync(dir, { recursive: true, force: true })).\n`);
    process.exitCode = 1;
  };
}
