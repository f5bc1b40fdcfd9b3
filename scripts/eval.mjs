#!/usr/bin/env node
// npm run eval -- GOLD.jsonl [more.jsonl] [--calibration] [--errors] [--json] [--no-model] [--fail-under F1]:
// the built `standpoint eval` command (src/cli/eval-command.ts), which prints the evaluation table.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const cli = new URL('../dist/cli.js', import.meta.url);
if (!existsSync(fileURLToPath(cli))) {
  console.error('Build first: npm run build');
  process.exit(2);
}
process.argv.splice(2, 0, 'eval');
await import(cli.href);
