import { describe, expect, it } from 'vitest';
import { analysed } from './stage.js';

/** Per sentence, the holder the rules chose as "id/rule" ("none" for narration). */
function holders(text: string): string[] {
  return analysed(text).sentences.map((a) => (a.holder ? `${a.holder.actor.id}/${a.holder.rule}` : 'none'));
}

/** The options a sentence's holder was chosen from, as "id/rule", the chosen one starred. */
function options(text: string, index: number): string[] {
  const { options: list, chosen } = analysed(text).sentences[index]!.options;
  return list.map((o, k) => `${k === chosen ? '*' : ''}${o.actor?.id ?? 'none'}/${o.rule}`);
}

const TWEET_LINE = '— MFA Russia (@mfa_russia) 12 March 2016';

describe('holders: the rules choose', () => {
  it.each([
    // [why, input, holder per sentence]
    ["the main frame's speaker", 'Lavrov said talks must go on.', ['lavrov/holder.frame.preposed']],
    ['the outer frame, not one inside its content', 'Kerry said the talks drew criticism from Moscow.', ['kerry/holder.frame.preposed']],
    ['the closing tag of a quotation that holds another speech verb', '"Moscow says talks must go on," Kerry said.', ['kerry/holder.frame.postposed']],
    ['a position frame', 'Russia has long opposed foreign intervention.', ['russia/holder.frame.position']],
    ["the quotation's speaker, in a sentence with no frame", '"We will not give up. We will talk to everyone," Lavrov said.', ['lavrov/quote.tag-at-close', 'lavrov/holder.frame.postposed']],
    ['… a quotation resumed after the tag', '"We will not give up," Lavrov said. "We will talk to everyone."', ['lavrov/holder.frame.postposed', 'lavrov/quote.resumes']],
    ['… a paragraph that reopens it', 'Lavrov said: "We will not give up.\n"We will talk to everyone."', ['lavrov/holder.frame.colon', 'lavrov/quote.tag-at-open']],
    ["a tweet's author, from its attribution line", `We will not abandon the Syrian people.\n${TWEET_LINE}`, ['russia/holder.tweet', 'none']],
    ['… an account the codebook lacks: an id from the surname', 'We will not abandon the talks.\n— Jane Roe (@janeroe) 3 March 2016', ['roe/holder.tweet', 'none']],
    ['… every sentence of a tweet of several', `Wow. We will not abandon the Syrian people. Big news.\n${TWEET_LINE}`, ['russia/holder.tweet', 'russia/holder.tweet', 'russia/holder.tweet', 'none']],
    ['… only the line above the attribution line', `Talks resumed on Monday.\nWow. Big news.\n${TWEET_LINE}`, ['none', 'russia/holder.tweet', 'russia/holder.tweet', 'none']],
    ['a "#Name:" speaker inside a tweet', `#Gatilov: Talks must go on.\n${TWEET_LINE}`, ['gatilov/holder.hashtag-speaker', 'none']],
    ['a colon lead-in hands its speaker to the next line', 'Lavrov told reporters in Geneva:\nTalks must go on until the fighting stops.', ['lavrov/holder.frame.preposed', 'lavrov/holder.colon-lead']],
    ['a "Name says" headline', 'Kerry says Assad must go\nTalks resumed on Monday.', ['kerry/holder.frame.preposed', 'none']],
    ['a "Name: words" headline', 'Kerry: Assad must go\nTalks resumed on Monday.', ['kerry/holder.frame.speaker-colon', 'none']],
    ["a dateline's speaker tag later in the sentence", 'GENEVA (Reuters) - Talks must go on, Lavrov said on Monday.', ['lavrov/holder.frame.postposed']],
  ])('%s: %s', (_, text, expected) => {
    expect(holders(text)).toEqual(expected);
  });

  it("gives a '#Name:' speaker the codebook lacks the side of the account that tweets", () => {
    const [first] = analysed(`#Roe: We will not abandon the talks.\n${TWEET_LINE}`).sentences;
    expect(first!.holder).toMatchObject({ rule: 'holder.hashtag-speaker', source: 'tweet', actor: { id: 'roe', affiliation: 'russia' } });
  });

  it.each([
    ['narration', 'The talks resumed in Geneva on Monday.'],
    ['a city is no speaker', 'Delegations arrived in Washington on Friday.'],
    ['a dateline is no speaker', 'GENEVA (Reuters) - Talks resumed on Monday.'],
    ['… nor a dateline with a date', 'MOSCOW, March 3 (AP) — Talks resumed on Monday.'],
    ['a deed: a nominal-object verb with no content clause', 'Moscow renewed its offer of aid.'],
    ['a headline of a position verb is the desk\'s summary', 'Russia backs a political solution\nTalks resumed on Monday.'],
    ['a sentence after a speaker, with no frame or quotation', 'Lavrov said talks must go on. The date was not set.'],
  ])('trap: no holder for %s (%s)', (_, text) => {
    expect(holders(text).pop()).toBe('none');
  });
});

describe('holders: the options a model may choose from', () => {
  it('lists the holder of the sentence before (not chosen) and narration', () => {
    expect(options('Lavrov said talks must go on. The date was not set.', 1)).toEqual(['lavrov/holder.continues', '*none/holder.none']);
  });

  it('lists every actor named in a sentence with no frame (not chosen)', () => {
    expect(options('The talks resumed in Geneva on Monday with a French envoy and Lavrov present.', 0)).toEqual(['france/holder.named', 'lavrov/holder.named', '*none/holder.none']);
  });

  it("lists the document's voice (the holder of most sentences so far) once it is out of reach of the sentences before", () => {
    const text = 'Lavrov said talks must go on. Lavrov said the date was set. Lavrov said more would come. Kerry said so too. The room was cold. The tea was hot. The rain fell. The day ended. The night came. The talks resumed.';
    expect(options(text, 9)).toEqual(['kerry/holder.continues', 'lavrov/holder.voice', '*none/holder.none']);
  });

  it('lists a deed frame with its own rule id, not chosen', () => {
    expect(options('Moscow renewed its offer of aid.', 0)).toEqual(['russia/holder.frame.preposed.deed', '*none/holder.none']);
  });

  it("lists the tweet's account beside the '#Name:' speaker", () => {
    expect(options(`#Roe: We will not abandon the talks.\n${TWEET_LINE}`, 0)).toEqual(['*roe/holder.hashtag-speaker', 'russia/holder.tweet', 'none/holder.none']);
  });

  it('lists every frame speaker once, the main one chosen', () => {
    expect(options('Kerry said the talks drew criticism from Moscow.', 0)).toEqual(['*kerry/holder.frame.preposed', 'russia/holder.frame.attitude-from', 'none/holder.none']);
  });

  it('gives an attribution line itself no holder and no other option', () => {
    expect(options(`We will not abandon the Syrian people.\n${TWEET_LINE}`, 1)).toEqual(['*none/holder.none']);
  });
});
