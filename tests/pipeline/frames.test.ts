import { describe, expect, it } from 'vitest';
import { frameRows } from './stage.js';

// Rows: [input, the frames of its last sentence as "rule: speaker «content»"].
describe('frames: speech and position frames', () => {
  it.each([
    ['Lavrov said talks must go on.', 'frame.preposed: lavrov «talks must go on.»'],
    ['Lavrov hopes that talks will go on.', 'frame.preposed: lavrov «that talks will go on.»'],
    ['Lavrov, the Russian foreign minister, said talks must go on.', 'frame.preposed: lavrov «talks must go on.»'],
    ['Lavrov, who met Kerry on Monday, said talks must go on.', 'frame.preposed: lavrov «talks must go on.»'],
    ['Lavrov, in Geneva, said talks must go on.', 'frame.preposed: lavrov «talks must go on.»'],
    ['Lavrov called for talks.', 'frame.preposed: lavrov «for talks.»'],
    ['Moscow renewed its demand that talks resume.', 'frame.preposed: russia «its demand that talks resume.»'],
    ['Talks must go on, Lavrov said.', 'frame.postposed: lavrov «Talks must go on,»'],
    ['"Talks must go on," said Lavrov.', 'frame.inverted: lavrov «"Talks must go on,"»'],
    ['"Assad must go," said a senior Turkish official.', 'frame.inverted: turkey «"Assad must go,"»'],
    ['Talks, Lavrov said, must go on.', 'frame.parenthetical: lavrov «Talks, Lavrov said, must go on.»'],
    ['Lavrov left Geneva on Monday, saying talks must go on.', 'frame.participle: lavrov «talks must go on.»'],
    ['Assad must go, Kerry told reporters, adding that talks would resume.', 'frame.participle: kerry «that talks would resume.»'],
    ['The meeting ended with the Kremlin saying talks must go on.', 'frame.with-saying: russia «talks must go on.»'],
    ['Moscow brushed the report aside and said talks must go on.', 'frame.coordinated-verb: russia «talks must go on.»'],
    ['Talks must go on, according to Lavrov.', 'frame.according-to: lavrov «Talks must go on,»'],
    ['According to Lavrov, talks must go on.', 'frame.according-to: lavrov «talks must go on.»'],
    ['Russian media quoted Lavrov as saying talks must go on.', 'frame.quoted-as-saying: lavrov «talks must go on.»'],
    ['Lavrov was quoted by state media as saying talks must go on.', 'frame.quoted-as-saying: lavrov «talks must go on.»'],
    ['The agency cited Lavrov as saying talks must go on.', 'frame.quoted-as-saying: lavrov «talks must go on.»'],
    ['Lavrov went on to say that talks must go on.', 'frame.catenative: lavrov «that talks must go on.»'],
    ['Lavrov was quick to add that talks must go on.', 'frame.catenative: lavrov «that talks must go on.»'],
    ['The plan drew sharp criticism from Ankara.', 'frame.attitude-from: turkey «criticism from Ankara.»'],
    ['Russia has long opposed foreign intervention.', 'frame.position: russia «foreign intervention.»'],
    ['Lavrov ruled out talks.', 'frame.position: lavrov «out talks.»'],
    ['Lavrov said: "Talks must go on."', 'frame.colon: lavrov «: "Talks must go on."»'],
    ['Lavrov: talks must go on.', 'frame.speaker-colon: lavrov «talks must go on.»'],
    ['Lavrov struck a defiant tone: "Talks must go on."', 'frame.colon-lead-in: lavrov «"Talks must go on."»'],
    ['#Gatilov: Talks must go on.', 'frame.hashtag-speaker: gatilov «Talks must go on.»'],
    ['Moscow made it clear that talks must go on.', 'frame.preposed: russia «it clear that talks must go on.»'],
  ])('%s → %s', (text, row) => {
    expect(frameRows(text)).toContain(row);
  });

  it('frames a pronoun speaker with the actor it resolved to, and an unresolved one with none', () => {
    expect(frameRows('Zakharova said talks must go on. "We will not give up," she continued.')).toEqual(['frame.postposed: zakharova «"We will not give up,"»']);
    expect(frameRows('"Talks must go on," she continued.')).toEqual(['frame.postposed: null «"Talks must go on,"»']);
  });

  it('keeps a frame inside another frame\'s content', () => {
    expect(frameRows('Kerry said the talks drew criticism from Moscow.')).toEqual(['frame.preposed: kerry «the talks drew criticism from Moscow.»', 'frame.attitude-from: russia «criticism from Moscow.»']);
  });

  it.each([
    ['words not said', 'Lavrov did not say whether talks would go on.'],
    ['… not commented on', 'Lavrov would not comment on the talks.'],
    ['a participle as an adjective', 'The agreed plan was published.'],
    ['… after "the so-called"', 'The so-called talks went on.'],
    ['a passive', 'Lavrov was expected to attend the talks.'],
    ['… asked', 'Lavrov was asked whether talks would go on.'],
    ['"call" without for/on', 'Lavrov called the talks useful.'],
    ['"continue" with an object', 'Lavrov continued talks with Kerry.'],
    ['a possessive is no speaker', "Lavrov's remarks were reported."],
    ['the object of a speech verb', 'Reporters asked Lavrov whether talks would go on.'],
    ['a speech verb with nobody before it', 'The ministry said on Monday that talks must go on.'],
    ['quoted words frame nothing', '"Lavrov said talks must go on," the paper wrote.'],
    ['a word after a possessive is a noun', 'Hezbollah was praised for their backing of Assad.'],
    ['… after "its"', 'The envoy was surprised by its support for the talks.'],
    ['… after "his"', 'Reporters noted his insistence on talks.'],
  ])('trap: no frame for %s (%s)', (_, text) => {
    expect(frameRows(text)).toEqual([]);
  });
});
