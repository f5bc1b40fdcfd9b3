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
  /** While a node has fewer than SCAN_LIMIT children, their parts and nodes, in the order they were made. */
  readonly parts: string[];
  readonly nodes: Array<NameNode<T>>;
}

// Most nodes have a few children, and a scan of that many parts, compared by identity first, costs less than a
// Map lookup (which a scorer makes a few hundred times a sentence); a node with more is looked up in its Map.
const SCAN_LIMIT = 8;

function node<T>(name: string, value: T): NameNode<T> {
  return { name, value, next: new Map(), parts: [], nodes: [] };
}

/** An empty trie: the root stands for the empty name. */
export function nameRoot<T>(value: T): NameNode<T> {
  return node('', value);
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

function child<T>(parent: NameNode<T>, part: string, valueOf: (name: string) => T): NameNode<T> {
  const parts = parent.parts;
  // Fewer than SCAN_LIMIT parts: they are all the children there are.
  if (parts.length < SCAN_LIMIT) {
    for (let k = 0; k < parts.length; k++) if (parts[k] === part) return parent.nodes[k]!;
  } else {
    const found = parent.next.get(part);
    if (found) return found;
  }
  const name = parent.name + part;
  const next = node(name, valueOf(name));
  parent.next.set(part, next);
  if (parts.length < SCAN_LIMIT) {
    parts.push(part);
    parent.nodes.push(next);
  }
  return next;
}
