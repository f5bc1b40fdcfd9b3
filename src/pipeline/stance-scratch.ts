import { MatchScratch } from '../cues/pattern.js';

/**
 * Buffers the stance stage reuses from sentence to sentence of one document:
 * allocating per-cue typed arrays and matcher buffers for every sentence cost
 * more than the cues they served. Made per document (never shared between
 * documents or calls); stamps only grow, so what an earlier sentence or token
 * left never reads as the current one's.
 */
export class StanceScratch {
  /** Per cue: the stamp of the sentence whose words it was judged against, and the verdict (1: its necessary words are there). */
  readonly judgedIn: Int32Array;
  readonly verdict: Uint8Array;
  /** Per cue: the stamp of the token that last made it a candidate. */
  readonly seenAt: Int32Array;
  sentence = 0;
  token = 0;
  readonly match = new MatchScratch();

  constructor(cues: number) {
    this.judgedIn = new Int32Array(cues);
    this.verdict = new Uint8Array(cues);
    this.seenAt = new Int32Array(cues);
  }
}
