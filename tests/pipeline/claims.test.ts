import { describe, expect, it } from 'vitest';
import { claimRows, lastTraced, traced } from './stage.js';

describe('claims: the public shape of the decisions', () => {
  it.each([
    // [why, input, claims of the last sentence, their confidence] — the rule decider's confidence is the share of its
    // claims that were right on the project's example sets, by how stance and owner were found.
    ['a plain claim', 'Russia is working for a political solution.', ['russia · political-solution · support'], [0.62]],
    ['a negated stance', 'Russia does not want a political solution.', ['russia · political-solution · oppose'], [0.54]],
    ['a quotation', '"A political solution is needed," Lavrov said.', ['lavrov · political-solution · support'], [0.68]],
    ['the holder as owner', 'Lavrov told reporters in Geneva:\nA political solution is needed.', ['lavrov · political-solution · support'], [0.56]],
  ])('%s: %s', (_, text, claims, confidence) => {
    const s = lastTraced(text);
    expect(claimRows(s)).toEqual(claims);
    expect(s.claims.map((c) => c.confidence)).toEqual(confidence);
  });

  it('traces each claim to its cue, negations, owner rules and decider', () => {
    const [claim] = lastTraced('Russia does not want a political solution.').claims;
    expect(claim!.trace).toEqual({ cue: 'political-solution/political-solution', negations: ['neg.before'], owner: ['owner.clause-subject', 'owner.mentioned'], decider: 'rules' });
  });

  it('gives the evidence span and where this sentence names the actor, as offsets into the input', () => {
    const text = 'Talks resumed. "A political solution is needed," Lavrov said.';
    const [claim] = traced(text)[1]!.claims;
    expect(claim!.evidence).toEqual({ text: 'political solution', start: text.indexOf('political'), end: text.indexOf('political') + 18 });
    expect(claim!.actor.mention).toEqual({ text: 'Lavrov', start: text.indexOf('Lavrov'), end: text.indexOf('Lavrov') + 6 });
    expect(claim!.source).toBe('quote');
  });

  it('names the actor where a pronoun stands for it, and not at all when another sentence names it', () => {
    const [byPronoun] = traced('Lavrov spoke in Geneva. He said a political solution was needed.')[1]!.claims;
    expect(byPronoun!.actor).toMatchObject({ id: 'lavrov', mention: { text: 'He' } });
    const [byQuote] = traced('Lavrov said: "We will not give up. A political solution is needed."')[1]!.claims;
    expect(byQuote!.actor).toMatchObject({ id: 'lavrov', mention: null });
  });

  it('makes one claim per actor, concept and polarity, however many cues found it', () => {
    const s = lastTraced('Lavrov said a political solution and a negotiated settlement were needed.');
    expect(s.trace!.stances.map((h) => h.evidence.text)).toEqual(['political solution', 'negotiated settlement']);
    expect(claimRows(s)).toEqual(['lavrov · political-solution · support']);
  });

  it('keeps claims of one actor on two concepts, and of two actors on one', () => {
    expect(claimRows(lastTraced('Moscow wants a political solution without Assad.'))).toEqual(['russia · assad-must-go · support', 'russia · political-solution · support']);
    expect(claimRows(lastTraced('Ankara rejected Russian calls for a political solution.'))).toEqual(['russia · political-solution · support', 'turkey · political-solution · oppose']);
  });

  it.each([
    ['an attribution line', 'We will not give up on a political solution.\n— MFA Russia (@mfa_russia) 12 March 2016'],
    ['a stance nobody holds', 'A political solution is needed.'],
    ['a topic of discussion', 'Kerry and Lavrov discussed a political solution.'],
  ])('trap: no claim for %s', (_, text) => {
    expect(lastTraced(text).claims).toEqual([]);
  });
});
