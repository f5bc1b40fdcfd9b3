// Refits the confidence weights of src/pipeline/confidence.ts: logistic regression of "was this claim right
// (affiliation level)" on the features featureVector() gives, over the gold files named on the command line.
//   npm run fit:confidence -- fixtures/attribution.jsonl ../shared/data/dev-real-2.jsonl
import { readFileSync } from 'node:fs';
import { compileCodebook } from '../src/codebook/compile.js';
import { syria } from '../src/codebook/syria.js';
import { defaultModel } from '../src/model/default-model.js';
import { scoreSentence } from '../src/model/score.js';
import { attribute } from '../src/pipeline/attribute.js';
import { assembleClaims } from '../src/pipeline/claims.js';
import { classify } from '../src/pipeline/classify.js';
import { mergeModelHits } from '../src/pipeline/combine.js';
import { featureVector } from '../src/pipeline/confidence.js';
import { findMentions } from '../src/pipeline/mentions.js';
import { segment } from '../src/pipeline/segment.js';
import { passageText } from '../src/evaluate.js';
import type { GoldPassage, StanceHit } from '../src/types.js';

const cb = compileCodebook(syria);
const model = defaultModel();
const rows: Array<{ x: number[]; y: number }> = [];
for (const file of process.argv.slice(2)) {
  const gold = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as GoldPassage);
  for (const passage of gold) {
    const { text, spans } = passageText(passage);
    const sentences = segment(text);
    const mentions = sentences.map((s) => findMentions(s, cb));
    const atts = attribute(sentences, mentions, cb);
    sentences.forEach((sentence, i) => {
      const hits = mergeModelHits(classify(sentence, cb), scoreSentence(model, sentence));
      const claims = assembleClaims(sentence, hits, atts[i]!, cb) as Array<ReturnType<typeof assembleClaims>[number] & { _f?: number[] }>;
      const g = spans.findIndex((sp) => Math.min(sp.end, sentence.end) - Math.max(sp.start, sentence.start) > 0);
      const goldClaims = g >= 0 ? passage.sentences[g]!.claims : [];
      for (const c of claims) {
        const hit = hits.find((h) => h.concept === c.stance.id && h.polarity === c.polarity) as StanceHit;
        const x = featureVector({ hit, source: c.source, named: c.actor.mention !== null && c.actor.mention.start >= sentence.start && c.actor.mention.end <= sentence.end });
        const y = goldClaims.some((gc) => gc.affiliation === c.actor.affiliation && gc.stance === c.stance.id && gc.polarity === c.polarity) ? 1 : 0;
        rows.push({ x, y });
      }
    });
  }
}
// Logistic regression by gradient descent with a little L2.
const d = rows[0]!.x.length;
let w = new Array(d + 1).fill(0);
const lr = 0.1;
for (let epoch = 0; epoch < 4000; epoch++) {
  const g = new Array(d + 1).fill(0);
  for (const { x, y } of rows) {
    const z = w[0] + x.reduce((a, v, k) => a + v * w[k + 1], 0);
    const p = 1 / (1 + Math.exp(-z));
    g[0] += p - y;
    x.forEach((v, k) => (g[k + 1] += (p - y) * v));
  }
  w = w.map((wk, k) => wk - lr * (g[k] / rows.length + (k > 0 ? 0.01 * wk : 0)));
}
console.log(JSON.stringify({ n: rows.length, positives: rows.filter((r) => r.y).length, weights: w.map((v) => Math.round(v * 100) / 100) }));
