// The README's examples print what the README shows (the doc-test convention is in docs/maintainers.md).
// UPDATE_DOCS=1 npx vitest run tests/readme.test.ts rewrites the shown outputs from the real ones.
import { afterAll, describe, expect, it } from 'vitest';
import { defineDocTests } from '../scripts/doctest.mjs';

defineDocTests('README.md', { describe, it, expect, afterAll });
