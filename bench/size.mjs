#!/usr/bin/env node
// npm run size: what a labeling-only install of the package weighs. Packs the repo (npm pack), installs the
// tarball into an empty project the way a user would (`npm install ./standpoint-*.tgz`: production dependencies,
// optional ones included, optional peers left out) and measures its node_modules, apparent size (du -sb) and
// disk usage (du -sk: whole blocks, what `du -sh` shows). Exits 1 when either is over 16 MB (16,000,000 bytes).
//
// npm install uses its cache first (--prefer-offline) and the registry for what the cache lacks.
//   node bench/size.mjs            print the figures, exit 1 over the limit
//   node bench/size.mjs --json     also print them as JSON
// bench/run.mjs imports measureInstall() for its installed-size section.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const LIMIT_BYTES = 16_000_000;

const du = (path, unit) => Number(execFileSync('du', [unit, path], { encoding: 'utf8' }).split('\t')[0]);
const apparent = (path) => du(path, '-sb');
const disk = (path) => du(path, '-sk') * 1024;

/** The installed packages of a node_modules folder, scoped ones by their full name. */
function packages(dir) {
  return readdirSync(dir)
    .filter((n) => !n.startsWith('.'))
    .flatMap((n) => (n.startsWith('@') ? readdirSync(join(dir, n)).map((m) => `${n}/${m}`) : [n]));
}

/**
 * Packs `root` and installs the tarball into a new empty project under `work`.
 *
 * @returns the tarball's figures, the installed total (apparent and on disk) and each package's share, largest first.
 */
export function measureInstall(root, work) {
  const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', work], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }))[0];
  const tarball = join(work, packed.filename);
  const project = join(work, 'install');
  mkdirSync(project);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'size-check', private: true }));
  execFileSync('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--no-package-lock', tarball], { cwd: project, stdio: ['ignore', 'ignore', 'inherit'] });
  const modules = join(project, 'node_modules');
  const shares = packages(modules)
    .map((name) => ({ name, bytes: apparent(join(modules, name)), disk: disk(join(modules, name)) }))
    .sort((a, b) => b.bytes - a.bytes);
  return {
    tarball: { name: packed.filename, bytes: statSync(tarball).size, unpacked: packed.unpackedSize, files: packed.entryCount },
    bytes: apparent(modules),
    disk: disk(modules),
    packages: shares,
    project,
  };
}

const mb = (bytes) => (bytes / 1e6).toFixed(2);

/** The lines that describe a measurement. */
export function describeInstall(m) {
  return [
    `tarball ${m.tarball.name}: ${mb(m.tarball.bytes)} MB packed, ${mb(m.tarball.unpacked)} MB unpacked, ${m.tarball.files} files`,
    `node_modules: ${mb(m.bytes)} MB apparent (du -sb), ${mb(m.disk)} MB on disk (du -sk), ${m.packages.length} packages   [limit ${mb(LIMIT_BYTES)} MB each]`,
    m.packages.map((p) => `${p.name} ${mb(p.bytes)}`).join(' · '),
  ];
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const work = mkdtempSync(join(tmpdir(), 'standpoint-size-'));
  let status = 0;
  try {
    const m = measureInstall(root, work);
    for (const line of describeInstall(m)) console.log(line);
    const over = [m.bytes > LIMIT_BYTES && 'apparent size', m.disk > LIMIT_BYTES && 'disk usage'].filter(Boolean);
    if (over.length > 0) {
      console.log(`OVER THE LIMIT: ${over.join(' and ')} above ${mb(LIMIT_BYTES)} MB`);
      status = 1;
    } else console.log(`within the limit of ${mb(LIMIT_BYTES)} MB`);
    if (process.argv.includes('--json')) console.log(JSON.stringify({ tarball: m.tarball, bytes: m.bytes, disk: m.disk, packages: m.packages }));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  process.exitCode = status;
}
