/**
 * A hand-made pair of labeled documents for the network tests. Their claims
 * are those the labeler gave the two seed articles when this was written
 * (seeds/000_… and seeds/004_…, 21 claims), frozen here so that the expected
 * values in the tests, computed by hand, do not move when the labeler
 * improves. The sentences are short stand-ins; the dates are made up so the
 * time windows have something to split.
 */
import type { Claim, ClaimSource, LabeledDocument, LabeledSentence, Polarity } from '../src/types.js';

type ClaimRow = [actorId: string, actorName: string, affiliation: string, concept: string, conceptLabel: string, polarity: Polarity, source: ClaimSource];

/** Builds a labeled document: sentences joined by one space, each claim's evidence the whole sentence. */
export function makeDocument(sentences: Array<{ index?: number; text: string; claims: ClaimRow[] }>): { text: string; document: LabeledDocument } {
  let offset = 0;
  const labeled: LabeledSentence[] = sentences.map((s, i) => {
    const start = offset;
    const end = start + s.text.length;
    offset = end + 1;
    const claims: Claim[] = s.claims.map(([id, name, affiliation, concept, label, polarity, source]) => ({
      actor: { id, name, affiliation, mention: null },
      stance: { id: concept, label },
      polarity,
      confidence: 0.9,
      evidence: { text: s.text, start, end },
      source,
    }));
    return { index: s.index ?? i, text: s.text, start, end, holder: null, claims };
  });
  return { text: sentences.map((s) => s.text).join(' '), document: { sentences: labeled, codebook: { id: 'syria', version: 'test' } } };
}

const KERRY = ['kerry', 'John Kerry', 'us'] as const;
const RUSSIA = ['russia', 'Russia', 'russia'] as const;
const US = ['us', 'United States', 'us'] as const;
const OBAMA = ['obama', 'Barack Obama', 'us'] as const;
const PUTIN = ['putin', 'Vladimir Putin', 'russia'] as const;
const COOPERATE = ['cooperate', 'Cooperate'] as const;
const POLITICAL = ['political-solution', 'Political solution'] as const;
const TERRORISM = ['fight-terrorism', 'Fight terrorism'] as const;
const ASSAD = ['assad-must-go', 'Assad must go'] as const;
const MILITARY = ['military-involvement', 'Military involvement'] as const;
const SYRIANS = ['syrians-decide', 'Syrians decide'] as const;

export const seed000 = makeDocument([
  { index: 0, text: 'Russia, according to American journalist David Ignatius, "is emerging as an essential partner."', claims: [['ignatius', 'David Ignatius', 'media', ...COOPERATE, 'support', 'quote']] },
  { index: 1, text: 'The Obama administration officials consider working with Moscow as "the best of a bad set of options."', claims: [[...US, ...COOPERATE, 'support', 'reported']] },
  { index: 3, text: '#Gatilov: We believe that the Syrian opposition delegation should reflect a broad spectrum of the opposition', claims: [['gatilov', 'Gennady Gatilov', 'russia', 'inclusive-opposition', 'Inclusive opposition', 'support', 'tweet']] },
  {
    index: 6,
    text: 'Both leaders reaffirmed support for the UN-sponsored efforts, while the Russian leader repeated his call for a broad coalition against Daesh.',
    claims: [[...PUTIN, ...POLITICAL, 'support', 'author'], [...OBAMA, ...POLITICAL, 'support', 'author'], [...PUTIN, ...TERRORISM, 'support', 'reported']],
  },
  { index: 13, text: 'Russian officials have long maintained that the future of Syria can only be decided by Syrians.', claims: [[...RUSSIA, ...SYRIANS, 'support', 'reported']] },
  { index: 14, text: 'In other words, Moscow has never insisted that Assad should stay.', claims: [[...RUSSIA, ...SYRIANS, 'support', 'author']] },
  { index: 15, text: '"For President Obama, the willingness to work with Putin is a gamble."', claims: [[...OBAMA, ...COOPERATE, 'support', 'quote']] },
]);

export const seed004 = makeDocument([
  { index: 2, text: 'Washington has ruled out sending ground troops.', claims: [[...US, ...MILITARY, 'oppose', 'author']] },
  { index: 4, text: 'According to Pentagon spokesman Peter Cook, the U.S. and Russia will cooperate.', claims: [['cook', 'Peter Cook', 'us', ...COOPERATE, 'support', 'quote']] },
  { index: 5, text: 'Kerry said in London on Friday that Washington is ready to work with Moscow.', claims: [[...KERRY, ...COOPERATE, 'support', 'reported']] },
  { index: 6, text: 'Kerry also noted that the U.S. is firm in its belief that Assad must go.', claims: [[...KERRY, ...ASSAD, 'support', 'reported']] },
  {
    index: 7,
    text: '"Obviously, our focus remains on destroying ISIL," said Kerry, adding that a political transition without Assad is the way forward.',
    claims: [[...KERRY, ...TERRORISM, 'support', 'quote'], [...KERRY, ...POLITICAL, 'support', 'quote'], [...KERRY, ...ASSAD, 'support', 'quote']],
  },
  { index: 8, text: 'We are looking for ways in which to try and find a common ground.', claims: [[...KERRY, ...COOPERATE, 'support', 'quote']] },
  { index: 9, text: 'Russian Foreign Ministry spokeswoman, Maria Zakharova, added that Moscow is open to cooperation.', claims: [['zakharova', 'Maria Zakharova', 'russia', ...COOPERATE, 'support', 'reported']] },
  { index: 10, text: 'Russia is also willing to send troops in Syria should President Assad ask.', claims: [[...RUSSIA, ...MILITARY, 'support', 'author']] },
  { index: 14, text: '"Our hope is to find a diplomatic way forward," said Kerry.', claims: [[...KERRY, ...POLITICAL, 'support', 'quote']] },
  { index: 18, text: 'But the migration levels, the continued destruction, the danger all call for a political solution.', claims: [[...KERRY, ...POLITICAL, 'support', 'quote']] },
]);

/** The two documents with ids and (made-up) dates, seed 000 in January, seed 004 in February 2016. */
export const seedDocuments = [
  { id: 'seed-000', date: '2016-01-13', document: seed000.document },
  { id: 'seed-004', date: '2016-02-05', document: seed004.document },
];
