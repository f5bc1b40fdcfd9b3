/**
 * Names made of parts (a feature's prefix, a concept, a rule id …), each name made once and then found again
 * from its parts: building a fresh string per use, and hashing it when a model looks it up, cost more than the
 * lookup. The parts come from the codebook, the lexicon and the rules, so a trie stays as small as they are.
 * Each node may carry a value worked out once from its name (a model's row for the feature, say).
 */
export interface NameNode<T> {
  readonly name: string;
  readonly value: T;
  readonly next: Map<string, NameNode<T>>;
}

/** An empty trie: the root stands for the empty name. */
export function nameRoot<T>(value: T): NameNode<T> {
  return { name: '', value, next: new Map() };
}

/**
 * The node of the parts joined (up to five: a fixed list, no array per call), made the first time, when
 * `valueOf` gives it its value from its name.
 *
 * @example
 * const root = nameRoot(0);
 * nameOf(root, (name) => name.length, 'cc:', 'cooperate', ':', 'support').name; // 'cc:cooperate:support'
 */
export function nameOf<T>(root: NameNode<T>, valueOf: (name: string) => T, a: string, b: string, c?: string, d?: string, e?: string): NameNode<T> {
  let node = child(child(root, a, valueOf), b, valueOf);
  if (c !== undefined) node = child(node, c, valueOf);
  if (d !== undefined) node = child(node, d, valueOf);
  if (e !== undefined) node = child(node, e, valueOf);
  return node;
}

function child<T>(node: NameNode<T>, part: string, valueOf: (name: string) => T): NameNode<T> {
  let next = node.next.get(part);
  if (!next) {
    const name = node.name + part;
    next = { name, value: valueOf(name), next: new Map() };
    node.next.set(part, next);
  }
  return next;
}
