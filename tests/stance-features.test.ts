import { describe, expect, it } from 'vitest';
import { stanceFeatures } from '../src/model/features.js';
import { analysed, contextFor } from './pipeline/stage.js';

// The keyword features of the last sentence of a text, as the stance model reads them.
function keywordFeatures(text: string): string[] {
  const ctx = contextFor();
  const { sentences, stances } = analysed(text, ctx);
  const index = sentences.length - 1;
  const features = stanceFeatures(sentences[index]!, stances[index]!, { index, sentences, stances }, ctx.lex, ctx.cb.keywords);
  return features.filter((f) => /^n?kw[s2]?:/.test(f));
}

describe('stance features: codebook keywords with a word that states a position', () => {
  it.each([
    // [why, sentence of our own, features expected among them]
    ['an urging verb and a keyword in one clause', 'The envoy urged both camps to return to the negotiating table in the spring.', ['kws:political-solution']],
    ['an attitude noun', 'Beijing voiced its strong support for a settlement brokered by the world body.', ['kws:political-solution']],
    ['an obligation modal', 'Foreign fighters should leave the country at once, the senator argued.', ['kws:assad-must-go']],
    ['a rejecting verb makes it a negated one', 'The cabinet rejected any foreign deployment near the border.', ['nkws:military-involvement']],
    ['an attitude adjective', 'Ankara remains keen on closer coordination with the militia.', ['kws:cooperate']],
    ['a rejecting attitude adjective makes it a negated one', 'Ankara remains wary of closer coordination with the militia.', ['nkws:cooperate']],
    ['two keywords of one concept', 'Diplomats spoke of a peace conference in the autumn.', ['kw2:political-solution']],
  ])('%s', (_, text, expected) => {
    const features = keywordFeatures(text);
    for (const f of expected) expect(features).toContain(f);
  });

  it.each([
    // [why, sentence, features that must be absent]
    ['a keyword with no word of position is no position', 'Delegates arrived for the talks on Tuesday evening.', ['kws:political-solution']],
    ['the position word stands in another clause', 'The minister insisted, and the talks went on until midnight.', ['kws:political-solution']],
    ['one keyword said twice is not two', 'Talks about talks were all that came of it.', ['kw2:political-solution']],
  ])('trap: %s', (_, text, absent) => {
    const features = keywordFeatures(text);
    for (const f of absent) expect(features).not.toContain(f);
  });
});
