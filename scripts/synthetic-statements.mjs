// Synthetic statements for trying the report and the networks at scale: N
// invented actors in invented blocs, taking sides on invented concepts, with a
// few very active actors and many quiet ones (activity falls as rank^-0.9),
// repeated statements, and sentences made from templates. Deterministic for a
// given N and seed. No sentence of any corpus is used.

const FIRST = ['Ana', 'Boris', 'Carla', 'Dmitri', 'Elif', 'Farid', 'Greta', 'Hassan', 'Ilse', 'Jonas', 'Kira', 'Luca', 'Mira', 'Nikolai', 'Olga', 'Pavel', 'Rania', 'Sven', 'Tamar', 'Umar', 'Vera', 'Walid', 'Xenia', 'Yusuf', 'Zora', 'Maximilian', 'Anastasia', 'Konstantinos'];
const LAST = ['Arden', 'Brel', 'Castell', 'Dorn', 'Eskil', 'Farrow', 'Gale', 'Hollis', 'Ivers', 'Jarl', 'Kessler', 'Lund', 'Marek', 'Novak', 'Orsini', 'Petrov', 'Quill', 'Rasmussen', 'Sorel', 'Tallis', 'Udall', 'Varga', 'Wexley', 'Yilmaz', 'Zeller', 'Abramovich-Lindqvist', 'Van der Westhuizen'];
const BLOCS = ['northern-league', 'coastal-union', 'river-states', 'highland-pact', 'press', 'un', 'ngo', 'eastern-bloc', 'southern-forum', 'islands'];
const CONCEPTS = [
  ['ceasefire', 'Ceasefire'],
  ['talks', 'Direct talks'],
  ['sanctions', 'Sanctions'],
  ['aid-corridors', 'Humanitarian corridors into besieged towns'],
  ['no-fly-zone', 'No-fly zone'],
  ['arms', 'Arming the rebels'],
  ['elections', 'Early elections'],
  ['refugees', 'Refugee resettlement'],
  ['transition', 'Transitional government'],
];
const VERBS_YES = ['backed', 'called for', 'welcomed', 'defended', 'pressed for'];
const VERBS_NO = ['rejected', 'warned against', 'opposed', 'dismissed', 'ruled out'];
const OCCASIONS = ['at a press conference', 'in an interview', 'on Tuesday', 'after the meeting', 'in a statement', 'before the vote'];

/** A small seeded generator (mulberry32), so each N gives the same set every time. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * @param {number} actors how many actors
 * @param {{ seed?: number, scale?: number }} [options] scale: statements of the most active actor (default 700)
 * @returns {import('../src/network/statements.js').Statement[]}
 */
export function syntheticStatements(actors, options = {}) {
  const rand = random(options.seed ?? 7);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const scale = options.scale ?? 700;
  const people = [];
  const used = new Set();
  for (let i = 0; i < actors; i++) {
    let name;
    do name = `${pick(FIRST)} ${pick(LAST)}`;
    while (used.has(name) && used.size < FIRST.length * LAST.length);
    if (used.has(name)) name = `${name} ${i}`;
    used.add(name);
    const affiliation = BLOCS[i % BLOCS.length];
    people.push({ id: name.toLowerCase().replace(/[^a-z0-9]+/g, '-'), name, affiliation, count: Math.max(1, Math.round(scale / (i + 1) ** 0.9)) });
  }
  // Each bloc leans for or against each concept; actors follow their bloc, mostly.
  const lean = new Map(BLOCS.map((b) => [b, CONCEPTS.map(() => rand())]));
  const statements = [];
  let document = 0;
  let sentence = 0;
  let offset = 0;
  const day = (n) => new Date(Date.UTC(2016, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
  for (const p of people) {
    const topics = CONCEPTS.map((_, k) => (rand() < 0.6 || k === 0 ? rand() ** 2 : 0));
    const total = topics.reduce((a, b) => a + b, 0);
    let left = p.count;
    while (left > 0) {
      // One sentence holds one to three of the actor's statements.
      const n = Math.min(left, rand() < 0.75 ? 1 : rand() < 0.7 ? 2 : 3);
      let r = rand() * total;
      let k = 0;
      while (k < topics.length - 1 && r > topics[k]) r -= topics[k++];
      const claims = [];
      for (let j = 0; j < n; j++) {
        const c = j === 0 ? k : (k + j) % CONCEPTS.length;
        const yes = rand() < (rand() < 0.85 ? lean.get(p.affiliation)[c] : 0.5);
        claims.push([c, yes]);
      }
      const parts = claims.map(([c, yes]) => `${pick(yes ? VERBS_YES : VERBS_NO)} ${CONCEPTS[c][1].toLowerCase()}`);
      const text = `${p.name} ${parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`} ${pick(OCCASIONS)}.`;
      if (sentence === 40) {
        document++;
        sentence = 0;
        offset = 0;
      }
      for (const [c, yes] of claims) {
        statements.push({
          documentId: `synthetic-${String(document).padStart(4, '0')}`,
          date: day((document * 3) % 366),
          sentence,
          start: offset,
          end: offset + text.length,
          text,
          actorId: p.id,
          actorName: p.name,
          affiliation: p.affiliation,
          concept: CONCEPTS[c][0],
          conceptLabel: CONCEPTS[c][1],
          agreement: yes ? 'yes' : 'no',
          confidence: Math.round((0.55 + rand() * 0.44) * 100) / 100,
          source: pick(['quote', 'reported', 'reported', 'author']),
          evidence: text.slice(p.name.length + 1, text.length - 1),
          evidenceStart: offset + p.name.length + 1,
          evidenceEnd: offset + text.length - 1,
        });
      }
      sentence++;
      offset += text.length + 1;
      left -= n;
    }
  }
  return statements;
}
