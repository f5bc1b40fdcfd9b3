// The vitest matcher: `npx vitest run matcher.test.mjs` (vitest only).
import { describe, expect, it } from 'vitest';
import { loadFixtures } from 'standpoint/testing';
import 'standpoint/testing/vitest'; // registers expect(...).toMatchGold()

const gold = loadFixtures(new URL('./labels.jsonl', import.meta.url));

describe('labels.jsonl, with the matcher', () => {
  it('matches the gold within the tolerance', () => {
    expect(gold).toMatchGold({ minF1: 0.8, level: 'affiliation' });
  });
});
