import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nameOf, nameRoot } from '../src/utils/name-trie.js';

describe('name trie', () => {
  it('joins the parts, and finds the same node for the same parts again', () => {
    const root = nameRoot(0);
    const first = nameOf(root, (name) => name.length, 'cc:', 'cooperate', ':', 'support');
    expect(first.name).toBe('cc:cooperate:support');
    expect(first.value).toBe(20);
    expect(nameOf(root, () => -1, 'cc:', 'cooperate', ':', 'support')).toBe(first);
  });

  it('works a value out once per node, from its name', () => {
    const seen: string[] = [];
    const root = nameRoot('');
    const valueOf = (name: string) => (seen.push(name), name.toUpperCase());
    nameOf(root, valueOf, 'r:', 'owner.holder');
    nameOf(root, valueOf, 'r:', 'owner.holder');
    nameOf(root, valueOf, 'r:', 'owner.frame-speaker');
    expect(seen).toEqual(['r:', 'r:owner.holder', 'r:owner.frame-speaker']);
  });

  it('spells any parts as their concatenation', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 6 }), { minLength: 2, maxLength: 5 }), (parts) => {
        const [a, b, c, d, e] = parts as [string, string, string?, string?, string?];
        expect(nameOf(nameRoot(null), () => null, a, b, c, d, e).name).toBe(parts.join(''));
      }),
    );
  });
});
