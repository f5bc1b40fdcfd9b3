/**
 * Cue patterns: a small token-level pattern language compiled to a Thompson
 * NFA. Matching is a set simulation, so its cost is bounded by tokens × states
 * whatever the pattern: no user text ever becomes a backtracking regex. The
 * size of a pattern is bounded too (bracket nesting, and words once slots are
 * expanded), so that a hostile codebook cannot make compiling it explode.
 *
 * Syntax (words are matched against a token's lowercase form or its lemma):
 *   word        a literal word ("go" also matches "went", "goes" by lemma); a literal is
 *               split the way text is ("no-fly" is the three tokens `no - fly`)
 *   pre*        any word beginning with "pre"
 *   (a|b c)     alternatives, each a sequence
 *   [a b]       an optional sequence ([a|b] optional alternatives)
 *   _           any one token
 *   ...         up to five tokens of anything
 *   NAME        an UPPERCASE slot, replaced by the codebook's alternatives for it
 *   @ACTOR      one or more consecutive tokens of an actor mention (@STATE, @PERSON, @ORG,
 *               @MEDIA: of an actor of that kind; @russia: of a mention of that actor)
 */

export interface PatternToken {
  lower: string;
  lemma: string;
  /** Actor tags of the mention the token is part of ("@ACTOR", "@STATE", "@russia"). */
  tags?: ReadonlySet<string>;
}

type Node =
  // A word node reads one literal: `word`, or `prefix` for "pre*".
  | { t: 'word'; word: string | null; prefix: string | null; next: number }
  | { t: 'any'; next: number }
  | { t: 'tag'; tag: string; next: number }
  | { t: 'split'; a: number; b: number }
  | { t: 'match' };

/** The actor kinds a slot can name, by slot: `@STATE` is any mention of an actor of kind "state". */
export const KIND_TAGS = { ACTOR: null, PERSON: 'person', STATE: 'state', ORG: 'org', MEDIA: 'media' } as const;
export type KindTag = keyof typeof KIND_TAGS;

/** How a pattern is compiled: the codebook's named slots, its actors, and how literals become tokens. */
export interface PatternOptions {
  /** UPPERCASE slots: name → alternatives (each a pattern). */
  slots?: Readonly<Record<string, readonly string[]>>;
  /** Splits a literal as text is split; without it a literal is one token. */
  tokenize?: (literal: string) => readonly string[];
  /** Whether `@id` names an actor; without it every well-formed `@id` is accepted. */
  isActor?: (id: string) => boolean;
}

export interface CompiledPattern {
  source: string;
  nodes: Node[];
  start: number;
  /** Per node: the consuming (or match) nodes reachable from it without reading a token. */
  closures: Int32Array[];
  /** Nodes of the start's closure. */
  startClosure: Int32Array;
  /**
   * Necessary words: a match contains at least one word of each set, so a
   * sentence that lacks one cannot match and is never simulated.
   */
  required: Array<Set<string>>;
  /** Words any match must begin with; null when a match can begin anywhere (the pattern starts with a gap). */
  firstWords: Set<string> | null;
  firstPrefixes: string[];
  /** Tags a match may begin with (a pattern starting with an actor slot). */
  firstTags: Set<string>;
  /** Every tag the pattern reads. */
  tags: Set<string>;
  /**
   * The nodes again as flat arrays, which is how matchAt reads them: per node its kind (one of the
   * READS_* codes; `nodes` holds five shapes of object, and reading `t` off them per state and
   * token cost more than the test itself), its literal (the word, prefix or tag; '' for the rest),
   * and the nodes reachable after it reads a token: `after` from `afterStart[k]` to `afterStart[k + 1]`.
   */
  reads: Uint8Array;
  literals: string[];
  afterStart: Int32Array;
  after: Int32Array;
  /**
   * The start's closure split for the first token, which is read against all of it (a start that lists
   * a slot's alternatives holds dozens of words): its word nodes by word, and the rest to test.
   */
  startWords: Map<string, Int32Array>;
  startOthers: Int32Array;
  /**
   * `startWords` as two lists, for a pattern of at most START_SCAN start words (most have one or two), else null:
   * a scan of that many words costs less than a lookup in the pattern's own Map, made at every attempt.
   */
  startKeys: string[] | null;
  startLists: Int32Array[];
}

const START_SCAN = 8;

// What a node reads, for `CompiledPattern.reads`: splits and the match read nothing.
const READS_NOTHING = 0;
const READS_WORD = 1;
const READS_PREFIX = 2;
const READS_ANY = 3;
const READS_TAG = 4;

export type Ast =
  | { t: 'word'; word: string }
  | { t: 'tag'; tag: string }
  | { t: 'any' }
  | { t: 'gap'; max: number }
  | { t: 'seq'; items: Ast[] }
  | { t: 'alt'; options: Ast[] }
  | { t: 'opt'; inner: Ast };

const GAP_MAX = 5;
// Limits on one pattern: brackets nested deeper than this, or more words than this once slots are expanded
// (slots that use slots multiply), are a syntax error rather than a stack overflow or a compile that never ends.
const MAX_NESTING = 32;
const MAX_WORDS = 1000;

export class PatternSyntaxError extends Error {
  constructor(source: string, message: string) {
    super(`cue "${source}": ${message}`);
    this.name = 'PatternSyntaxError';
  }
}

function lex(source: string): string[] {
  const out: string[] = [];
  const re = /\s*(\.\.\.|[()[\]|]|[^\s()[\]|]+)/gy;
  let m: RegExpExecArray | null;
  let last = 0;
  while ((m = re.exec(source)) !== null) {
    out.push(m[1]!);
    last = re.lastIndex;
  }
  if (source.slice(last).trim() !== '') throw new PatternSyntaxError(source, `cannot read "${source.slice(last)}"`);
  return out;
}

const TAG = /^@(?:([A-Z][A-Z0-9_]*)|([a-z0-9][a-z0-9_-]*))$/;

/** The words of one literal: split as text is, the "*" of a prefix kept on the last piece. */
function literalWords(source: string, tok: string, options: PatternOptions): string[] {
  const lower = tok.toLowerCase();
  if (!options.tokenize) return [lower];
  const star = lower.endsWith('*') && lower.length > 1;
  const stem = star ? lower.slice(0, -1) : lower;
  const pieces = [...options.tokenize(stem)];
  // Nothing wink keeps (it drops some invisible characters): the literal stays as written, and matches nothing.
  if (pieces.length === 0) return [lower];
  if (star) pieces[pieces.length - 1] += '*';
  return pieces;
}

/** Parses a pattern, expanding UPPERCASE slots (each slot may use other slots, not itself). */
export function parsePattern(source: string, opts: PatternOptions = {}, depth = 0, budget = { words: MAX_WORDS }): Ast {
  const slots = opts.slots ?? {};
  if (depth > 4) throw new PatternSyntaxError(source, 'slots nest too deeply (a slot may be using itself)');
  const toks = lex(source);
  let i = 0;
  let nesting = 0;
  const spend = () => {
    if (--budget.words < 0) throw new PatternSyntaxError(source, `the pattern expands to more than ${MAX_WORDS} words through its slots; use fewer or shorter slot alternatives`);
  };
  const parseAlt = (closer: string | null): Ast => {
    if (++nesting > MAX_NESTING) throw new PatternSyntaxError(source, `brackets nest more than ${MAX_NESTING} deep`);
    const options: Ast[] = [];
    let items: Ast[] = [];
    while (i < toks.length) {
      const tok = toks[i]!;
      if (tok === closer) break;
      i++;
      if (tok === '|') {
        options.push({ t: 'seq', items });
        items = [];
      } else if (tok === '(' || tok === '[') {
        const close = tok === '(' ? ')' : ']';
        const inner = parseAlt(close);
        if (toks[i] !== close) throw new PatternSyntaxError(source, `missing "${close}"`);
        i++;
        items.push(tok === '(' ? inner : { t: 'opt', inner });
      } else if (tok === ')' || tok === ']') {
        throw new PatternSyntaxError(source, `unexpected "${tok}"`);
      } else if (tok === '...') {
        spend();
        items.push({ t: 'gap', max: GAP_MAX });
      } else if (tok === '_') {
        spend();
        items.push({ t: 'any' });
      } else if (/^[A-Z][A-Z0-9_]*$/.test(tok) && tok.length > 1) {
        const alternatives = Object.hasOwn(slots, tok) ? slots[tok] : undefined;
        if (!alternatives) throw new PatternSyntaxError(source, `unknown slot ${tok}`);
        items.push({ t: 'alt', options: alternatives.map((alt) => parsePattern(alt, opts, depth + 1, budget)) });
      } else if (tok.startsWith('@')) {
        const m = TAG.exec(tok);
        if (!m) throw new PatternSyntaxError(source, `"${tok}" is no actor slot; write @ACTOR, @STATE, @PERSON, @ORG, @MEDIA or @ and an actor id`);
        if (m[1] !== undefined && !Object.hasOwn(KIND_TAGS, m[1])) {
          throw new PatternSyntaxError(source, `unknown actor slot ${tok}; the kinds are @ACTOR, @STATE, @PERSON, @ORG and @MEDIA (an actor id is lowercase: @russia)`);
        }
        if (m[2] !== undefined && opts.isActor && !opts.isActor(m[2])) {
          throw new PatternSyntaxError(source, `${tok} names no actor of the codebook; use an actor id or a kind slot such as @STATE`);
        }
        spend();
        items.push({ t: 'tag', tag: tok });
      } else {
        // One literal spends one word however text splits it, so that a pattern is within the limit
        // whether or not it is compiled with the tokenizer (defineCodebook checks without it).
        spend();
        for (const word of literalWords(source, tok, opts)) items.push({ t: 'word', word });
      }
    }
    nesting--;
    options.push({ t: 'seq', items });
    return options.length === 1 ? options[0]! : { t: 'alt', options };
  };
  const ast = parseAlt(null);
  if (i < toks.length) throw new PatternSyntaxError(source, `unexpected "${toks[i]}"`);
  return ast;
}

function canBeEmpty(ast: Ast): boolean {
  switch (ast.t) {
    case 'word':
    case 'tag':
    case 'any':
      return false;
    case 'gap':
    case 'opt':
      return true;
    case 'seq':
      return ast.items.every(canBeEmpty);
    case 'alt':
      return ast.options.some(canBeEmpty);
  }
}

/**
 * Sets of words of which a match must contain one each (prefix words give no
 * requirement); a tag counts as a word, the sentence's tags being among its words.
 */
function requiredWords(ast: Ast): Array<Set<string>> {
  switch (ast.t) {
    case 'word':
      return ast.word.endsWith('*') && ast.word.length > 1 ? [] : [new Set([ast.word])];
    case 'tag':
      return [new Set([ast.tag])];
    case 'any':
    case 'gap':
    case 'opt':
      return [];
    case 'seq':
      return ast.items.flatMap(requiredWords);
    case 'alt': {
      // One of the options matched: each contributes its most specific (last) requirement.
      const union = new Set<string>();
      for (const option of ast.options) {
        const sets = requiredWords(option);
        const last = sets[sets.length - 1];
        if (!last) return [];
        for (const w of last) union.add(w);
      }
      return [union];
    }
  }
}

/**
 * Compiles a pattern to an NFA.
 *
 * @param source - The pattern, e.g. `@assad MUST (go|step down)`.
 * @param options - The codebook's slots and actors, and the literal tokenizer.
 */
export function compilePattern(source: string, options: PatternOptions = {}): CompiledPattern {
  const ast = parsePattern(source, options);
  if (canBeEmpty(ast)) throw new PatternSyntaxError(source, 'the pattern can match nothing at all; give it at least one required word');
  const nodes: Node[] = [{ t: 'match' }];
  // Builds backwards: each fragment is compiled with the index of what follows it.
  const build = (node: Ast, next: number): number => {
    switch (node.t) {
      case 'word': {
        const star = node.word.endsWith('*') && node.word.length > 1;
        const prefix = star ? node.word.slice(0, -1) : null;
        nodes.push({ t: 'word', word: star ? null : node.word, prefix, next });
        return nodes.length - 1;
      }
      case 'any':
        nodes.push({ t: 'any', next });
        return nodes.length - 1;
      case 'tag': {
        // One or more tokens of the tag: after each, read another or go on.
        const at = nodes.length;
        nodes.push({ t: 'tag', tag: node.tag, next: at + 1 });
        nodes.push({ t: 'split', a: at, b: next });
        return at;
      }
      case 'gap': {
        let entry = next;
        for (let k = 0; k < node.max; k++) {
          nodes.push({ t: 'any', next: entry });
          nodes.push({ t: 'split', a: nodes.length - 1, b: next });
          entry = nodes.length - 1;
        }
        return entry;
      }
      case 'seq': {
        let entry = next;
        for (let k = node.items.length - 1; k >= 0; k--) entry = build(node.items[k]!, entry);
        return entry;
      }
      case 'alt': {
        let entry = build(node.options[node.options.length - 1]!, next);
        for (let k = node.options.length - 2; k >= 0; k--) {
          const a = build(node.options[k]!, next);
          nodes.push({ t: 'split', a, b: entry });
          entry = nodes.length - 1;
        }
        return entry;
      }
      case 'opt': {
        const a = build(node.inner, next);
        nodes.push({ t: 'split', a, b: next });
        return nodes.length - 1;
      }
    }
  };
  const start = build(ast, 0);
  const tags = new Set<string>();
  for (const n of nodes) if (n.t === 'tag') tags.add(n.tag);
  const pattern: CompiledPattern = {
    source,
    nodes,
    start,
    closures: [],
    startClosure: new Int32Array(0),
    required: requiredWords(ast),
    firstWords: new Set(),
    firstPrefixes: [],
    firstTags: new Set(),
    tags,
    reads: new Uint8Array(nodes.length),
    literals: [],
    afterStart: new Int32Array(nodes.length + 1),
    after: new Int32Array(0),
    startWords: new Map(),
    startOthers: new Int32Array(0),
    startKeys: null,
    startLists: [],
  };
  // Closures are computed once here, so that matching only follows consuming nodes.
  pattern.closures = nodes.map((_, k) => Int32Array.from(closure(pattern, [k])));
  pattern.startClosure = pattern.closures[start]!;
  flatten(pattern);
  for (const s of pattern.startClosure) {
    const n = nodes[s]!;
    if (n.t === 'any') pattern.firstWords = null;
    else if (n.t === 'tag') pattern.firstTags.add(n.tag);
    else if (n.t === 'word' && pattern.firstWords) {
      if (n.word !== null) pattern.firstWords.add(n.word);
      if (n.prefix !== null) pattern.firstPrefixes.push(n.prefix);
    }
  }
  return pattern;
}

/** Fills the flat arrays of a pattern from its nodes and closures. */
function flatten(pattern: CompiledPattern): void {
  const { nodes, closures, reads, literals, afterStart } = pattern;
  const after: number[] = [];
  nodes.forEach((n, k) => {
    afterStart[k] = after.length;
    if (n.t === 'word') {
      reads[k] = n.word !== null ? READS_WORD : READS_PREFIX;
      literals.push(n.word ?? n.prefix ?? '');
    } else if (n.t === 'tag') {
      reads[k] = READS_TAG;
      literals.push(n.tag);
    } else {
      reads[k] = n.t === 'any' ? READS_ANY : READS_NOTHING;
      literals.push('');
    }
    if (n.t === 'word' || n.t === 'tag' || n.t === 'any') for (const c of closures[n.next]!) after.push(c);
  });
  afterStart[nodes.length] = after.length;
  pattern.after = Int32Array.from(after);
  const words = new Map<string, number[]>();
  const others: number[] = [];
  for (const k of pattern.startClosure) {
    if (reads[k] !== READS_WORD) others.push(k);
    else words.set(literals[k]!, [...(words.get(literals[k]!) ?? []), k]);
  }
  for (const [word, ks] of words) pattern.startWords.set(word, Int32Array.from(ks));
  pattern.startOthers = Int32Array.from(others);
  if (pattern.startWords.size <= START_SCAN) {
    pattern.startKeys = [...pattern.startWords.keys()];
    pattern.startLists = [...pattern.startWords.values()];
  }
}

/** `pattern.startWords.get(word)`, by a scan of the start words where there are few. */
function startNodes(pattern: CompiledPattern, word: string): Int32Array | undefined {
  const keys = pattern.startKeys;
  if (keys === null) return pattern.startWords.get(word);
  for (let k = 0; k < keys.length; k++) if (keys[k] === word) return pattern.startLists[k];
  return undefined;
}

function closure(pattern: CompiledPattern, seeds: number[]): number[] {
  const seen = new Set<number>();
  const out: number[] = [];
  const stack = [...seeds];
  while (stack.length > 0) {
    const s = stack.pop()!;
    if (seen.has(s)) continue;
    seen.add(s);
    const n = pattern.nodes[s]!;
    if (n.t === 'split') stack.push(n.b, n.a);
    else out.push(s);
  }
  return out;
}

/** Whether node `k` of a pattern reads `token` (`reads[k]` is its kind). */
function accepts(pattern: CompiledPattern, k: number, token: PatternToken): boolean {
  const reads = pattern.reads[k];
  // A node holds one literal: two string comparisons cost less than two set lookups, per state and token.
  if (reads === READS_WORD) {
    const word = pattern.literals[k]!;
    return token.lower === word || token.lemma === word;
  }
  if (reads === READS_PREFIX) return token.lower.startsWith(pattern.literals[k]!);
  if (reads === READS_ANY) return true;
  if (reads === READS_TAG) return token.tags?.has(pattern.literals[k]!) === true;
  return false;
}

/**
 * Buffers one matcher reuses across calls: a sentence tries many cues at many
 * tokens, and a fresh stamp array and state lists per attempt cost more than
 * the simulation itself. Stamps only grow, so a stamp left by an earlier
 * attempt (of any pattern) never equals the current one.
 */
export class MatchScratch {
  seen = new Int32Array(64);
  states = new Int32Array(64);
  next = new Int32Array(64);
  stamp = 0;

  /** Room for a pattern of `size` nodes (a state list never holds a node twice). */
  fit(size: number): void {
    if (this.seen.length < size) {
      const length = Math.max(size, this.seen.length * 2);
      this.seen = new Int32Array(length);
      this.states = new Int32Array(length);
      this.next = new Int32Array(length);
      this.stamp = 0;
    }
    // Far from overflow: start the stamps again on a cleared array.
    if (this.stamp > 0x3fffffff) {
      this.seen.fill(0);
      this.stamp = 0;
    }
  }
}

/**
 * Adds to `next` (from `count` on) the nodes reachable after node `s` read a token, each once a step
 * (`seen` holds the step's stamp); the match node is only stamped, which is how the step reports a match.
 * Returns the new count.
 */
function advance(pattern: CompiledPattern, s: number, seen: Int32Array, stamp: number, next: Int32Array, count: number): number {
  const { after, afterStart } = pattern;
  for (let r = afterStart[s]!, end = afterStart[s + 1]!; r < end; r++) {
    const c = after[r]!;
    if (seen[c] === stamp) continue;
    seen[c] = stamp;
    if (c !== 0) next[count++] = c;
  }
  return count;
}

/**
 * The longest match of `pattern` beginning at `tokens[from]`: the index of its
 * last token, or -1. Runs in O(length × states): a set simulation over the
 * precomputed closures, with a stamp array instead of sets. The first token
 * finds its word nodes by word instead of testing the whole start closure.
 *
 * @param scratch - Buffers to reuse across calls (one per caller; never shared by two matches at once).
 */
export function matchAt(pattern: CompiledPattern, tokens: readonly PatternToken[], from: number, scratch: MatchScratch = new MatchScratch()): number {
  if (from < 0 || from >= tokens.length) return -1;
  // Its size from `reads` (one per node), which the steps read anyway, not from the node list, which they never touch.
  scratch.fit(pattern.reads.length);
  const seen = scratch.seen;
  let states = scratch.states;
  let next = scratch.next;
  const first = tokens[from]!;
  let stamp = ++scratch.stamp;
  let count = 0;
  const byLower = startNodes(pattern, first.lower);
  if (byLower) for (let j = 0; j < byLower.length; j++) count = advance(pattern, byLower[j]!, seen, stamp, states, count);
  const lemma = first.lemma;
  const byLemma = lemma !== first.lower ? startNodes(pattern, lemma) : undefined;
  if (byLemma) for (let j = 0; j < byLemma.length; j++) count = advance(pattern, byLemma[j]!, seen, stamp, states, count);
  const others = pattern.startOthers;
  for (let j = 0; j < others.length; j++) if (accepts(pattern, others[j]!, first)) count = advance(pattern, others[j]!, seen, stamp, states, count);
  let best = seen[0] === stamp ? from : -1;
  for (let i = from + 1; i < tokens.length && count > 0; i++) {
    const token = tokens[i]!;
    stamp = ++scratch.stamp;
    let nextCount = 0;
    for (let j = 0; j < count; j++) {
      const s = states[j]!;
      if (accepts(pattern, s, token)) nextCount = advance(pattern, s, seen, stamp, next, nextCount);
    }
    if (seen[0] === stamp) best = i;
    const swap = states;
    states = next;
    next = swap;
    count = nextCount;
  }
  return best;
}
