// Every page of docs/ prints what it shows (the doc-test convention is in docs/maintainers.md).
// UPDATE_DOCS=1 npx vitest run tests/docs.test.ts rewrites the shown outputs from the real ones.
import { afterAll, describe, expect, it } from 'vitest';
import { defaultPages, defineDocTests } from '../scripts/doctest.mjs';

for (const page of defaultPages().filter((p) => p !== 'README.md')) defineDocTests(page, { describe, it, expect, afterAll });
