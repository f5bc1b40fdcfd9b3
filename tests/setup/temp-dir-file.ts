import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect } from 'vitest';

// Each test file gets a temp folder of its own (os.tmpdir() and TMPDIR point
// to it while it runs); after the file's own afterAll hooks, anything named
// standpoint-* still in it fails the file, naming what was left.
const dir = mkdtempSync(join(tmpdir(), 'file-'));
process.env.TMPDIR = dir;

afterAll(() => {
  const left = readdirSync(dir).filter((name) => name.startsWith('standpoint-'));
  rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
  expect(left, 'folders this test file left in the temp directory (remove them in afterAll/afterEach, also on failure)').toEqual([]);
});
