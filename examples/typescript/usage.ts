import { createLabeler, label, type Claim, type LabeledDocument } from 'standpoint';
import { checkGold, type GoldPassage } from 'standpoint/testing';
import { congruenceNetwork, toStatements, type ActorNetwork, type Statement } from 'standpoint/network';

// Label a passage: each sentence gets its holder and its claims.
const text = '"Assad must go," said Kerry. Lavrov said Russia is ready to cooperate with Washington.';
const document: LabeledDocument = label(text, { date: '2016-01-13' });
const claims: Claim[] = document.sentences.flatMap((sentence) => sentence.claims);
for (const claim of claims) console.log(`${claim.actor.id} · ${claim.stance.id} · ${claim.polarity}`);

// A labeler compiles its codebook once: reuse it for many texts.
const labeler = createLabeler();
const documents = ['"Assad must go," Obama said.', 'Kerry said Assad must go.'].map((t, i) => ({ id: `doc-${i}`, document: labeler.label(t) }));

// Check the labeler against a gold passage of your own.
const gold: GoldPassage = { id: 'kerry', sentences: [{ text: 'Kerry said Assad must go.', claims: [{ actor: 'kerry', affiliation: 'us', stance: 'assad-must-go', polarity: 'support' }] }] };
console.log(checkGold(gold).pass);

// Who agrees with whom: statements for DNA, and the congruence network (graphology).
const statements: Statement[] = toStatements(documents);
const network: ActorNetwork = congruenceNetwork(statements, { normalization: 'average' });
network.forEachEdge((_edge, { weight, concepts }, a, b) => console.log(`${a} -- ${b}: ${weight} (${concepts.join(', ')})`));
