/**
 * The report's data from statements: actors, concepts, documents and
 * sentences once each, statements as tuples of indices (see `ReportData`).
 * The page carries it as JSON and renders from it.
 */
import { affiliationColours } from './report-colours.js';
import type { ReportData } from './report-view.js';
import type { Statement } from './statements.js';

const SOURCES = ['quote', 'reported', 'tweet', 'author'];

const byCountThenName = <T extends { total: number; name: string }>(x: T, y: T) => y.total - x.total || (x.name < y.name ? -1 : x.name > y.name ? 1 : 0);

/** Builds the data; actors and concepts most statements first, then by name. */
export function reportData(statements: readonly Statement[]): ReportData {
  const actors = new Map<string, { id: string; name: string; affiliation: string; total: number }>();
  const concepts = new Map<string, { id: string; name: string; total: number }>();
  for (const s of statements) {
    let a = actors.get(s.actorId);
    if (!a) actors.set(s.actorId, (a = { id: s.actorId, name: `${s.actorName}\u0000${s.actorId}`, affiliation: s.affiliation, total: 0 }));
    a.total++;
    let c = concepts.get(s.concept);
    if (!c) concepts.set(s.concept, (c = { id: s.concept, name: `${s.conceptLabel}\u0000${s.concept}`, total: 0 }));
    c.total++;
  }
  const actorList = [...actors.values()].sort(byCountThenName);
  const conceptList = [...concepts.values()].sort(byCountThenName);
  const affiliations = [...new Set(actorList.map((a) => a.affiliation))].sort();
  const actorIndex = new Map(actorList.map((a, i) => [a.id, i]));
  const conceptIndex = new Map(conceptList.map((c, i) => [c.id, i]));
  const affiliationIndex = new Map(affiliations.map((f, i) => [f, i]));

  const documents: ReportData['documents'] = [];
  const documentIndex = new Map<string, number>();
  const sentences: ReportData['sentences'] = [];
  const sentenceIndex = new Map<string, number>();
  const rows: ReportData['statements'] = statements.map((s) => {
    let d = documentIndex.get(s.documentId);
    if (d === undefined) {
      documentIndex.set(s.documentId, (d = documents.length));
      documents.push([s.documentId, s.date ?? '']);
    }
    const key = `${d}\u0000${s.sentence}`;
    let k = sentenceIndex.get(key);
    if (k === undefined) {
      sentenceIndex.set(key, (k = sentences.length));
      sentences.push([d, s.sentence, s.text]);
    }
    return [actorIndex.get(s.actorId)!, conceptIndex.get(s.concept)!, s.agreement === 'yes' ? 1 : 0, k, s.evidenceStart - s.start, s.evidenceEnd - s.start, Math.max(0, SOURCES.indexOf(s.source)), Math.round(s.confidence * 100)];
  });
  return {
    actors: actorList.map((a) => [a.id, a.name.slice(0, a.name.indexOf('\u0000')), affiliationIndex.get(a.affiliation)!]),
    affiliations: affiliations.map((f, i) => [f, ...affiliationColours(i)]),
    concepts: conceptList.map((c) => [c.id, c.name.slice(0, c.name.indexOf('\u0000'))]),
    documents,
    sentences,
    statements: rows,
    sources: SOURCES,
  };
}
