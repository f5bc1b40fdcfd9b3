import type { GoldSentence, LabeledSentence, OwnerKind, RuleTally, Scores } from './types.js';

/**
 * What `evaluate()` counts beyond F1: claims by the kind of their owner
 * (the sentence's holder, the author's narration, a third party), the
 * share of gold actors the mentions stage found, and — from the traces —
 * each rule and cue id with the right and wrong decisions it made.
 */
export class ExtraTallies {
  readonly #kinds: Record<OwnerKind, { tp: number; fp: number; fn: number }> = { holder: tfn(), narration: tfn(), 'third-party': tfn() };
  #actors = 0;
  #actorsFound = 0;
  readonly #rules = new Map<string, RuleTally>();

  add(gold: GoldSentence, group: readonly LabeledSentence[], byRule: boolean): void {
    const predicted = group.flatMap((s) => s.claims);
    const predictedHolder = group[0]?.holder?.id ?? null;
    const key = (a: string, s: string, p: string) => `${a}|${s}|${p}`;
    const goldKeys = new Set(gold.claims.map((c) => key(c.affiliation, c.stance, c.polarity)));
    const predKeys = new Set(predicted.map((c) => key(c.actor.affiliation, c.stance.id, c.polarity)));
    const goldHolder = gold.holder ?? null;
    for (const c of gold.claims) {
      const kind: OwnerKind = goldHolder === null ? 'narration' : c.actor === goldHolder ? 'holder' : 'third-party';
      this.#kinds[kind][predKeys.has(key(c.affiliation, c.stance, c.polarity)) ? 'tp' : 'fn']++;
    }
    for (const c of predicted) {
      if (goldKeys.has(key(c.actor.affiliation, c.stance.id, c.polarity))) continue;
      const kind: OwnerKind = predictedHolder === null ? 'narration' : c.actor.id === predictedHolder ? 'holder' : 'third-party';
      this.#kinds[kind].fp++;
    }
    const named = new Set(group.flatMap((s) => s.trace?.mentions.map((m) => m.actor) ?? s.claims.map((c) => (c.actor.mention ? c.actor.id : null))));
    for (const c of gold.claims) {
      this.#actors++;
      if (named.has(c.actor)) this.#actorsFound++;
    }
    if (!byRule) return;
    for (const c of predicted) {
      const right = goldKeys.has(key(c.actor.affiliation, c.stance.id, c.polarity));
      this.#count(c.trace?.cue ? `cue ${c.trace.cue}` : 'cue (none: the model alone)', right ? 'tp' : 'fp');
      this.#count(`owner ${c.trace?.owner[0] ?? '?'}`, right ? 'tp' : 'fp');
    }
    const cues = group.flatMap((s) => s.trace?.stances ?? []);
    for (const c of gold.claims) {
      if (predKeys.has(key(c.affiliation, c.stance, c.polarity))) continue;
      const found = cues.filter((h) => h.concept === c.stance);
      if (found.length === 0) this.#count('cue (none found)', 'fn');
      for (const h of new Set(found.map((x) => x.cue))) this.#count(`cue ${h}`, 'fn');
    }
    if (gold.holder !== undefined) {
      const rule = group[0]?.trace?.holder ?? 'holder.none';
      this.#count(`holder ${rule}`, predictedHolder === gold.holder ? 'tp' : 'fp');
    }
  }

  #count(id: string, what: 'tp' | 'fp' | 'fn'): void {
    let t = this.#rules.get(id);
    if (!t) this.#rules.set(id, (t = { id, tp: 0, fp: 0, fn: 0 }));
    t[what]++;
  }

  byOwnerKind(score: (tp: number, fp: number, fn: number) => Scores): Record<OwnerKind, Scores> {
    const k = this.#kinds;
    return { holder: score(k.holder.tp, k.holder.fp, k.holder.fn), narration: score(k.narration.tp, k.narration.fp, k.narration.fn), 'third-party': score(k['third-party'].tp, k['third-party'].fp, k['third-party'].fn) };
  }

  mentionRecall(): { recall: number; judged: number } {
    return { recall: this.#actors === 0 ? 0 : this.#actorsFound / this.#actors, judged: this.#actors };
  }

  byRule(): RuleTally[] {
    return [...this.#rules.values()].sort((a, b) => b.tp + b.fp + b.fn - (a.tp + a.fp + a.fn) || a.id.localeCompare(b.id));
  }
}

const tfn = () => ({ tp: 0, fp: 0, fn: 0 });
