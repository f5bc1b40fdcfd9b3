// Every claim of a short text, with the sentence's holder, from typed code.
import { label, type Claim, type LabeledDocument } from 'standpoint';

const doc: LabeledDocument = label('"Assad must go," said Kerry. Lavrov said Russia is ready to cooperate with Washington.');

const describe = (claim: Claim): string =>
  `${claim.actor.id} (${claim.actor.affiliation}) · ${claim.stance.id} · ${claim.polarity} · ${claim.confidence}`;

for (const sentence of doc.sentences) {
  console.log(`${sentence.index}: holder ${sentence.holder?.id ?? 'none'}`);
  for (const claim of sentence.claims) console.log(`   ${describe(claim)}`);
}
