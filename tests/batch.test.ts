import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { BatchInput, BatchResult } from '../src/index.js';
import * as source from '../src/index.js';

const root = join(import.meta.dirname, '..');
// The pool runs dist/worker.js: test the built package, as a user gets it.
const built = (await import(pathToFileURL(join(root, 'dist', 'index.js')).href)) as typeof import('../src/index.js');

const texts: string[] = readFileSync(join(root, 'fixtures', 'attribution.jsonl'), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => (JSON.parse(line) as { text: string }).text);

/** 300 inputs, 6 of them bad, at known places. */
function corpus(): { inputs: unknown[]; bad: Map<number, string> } {
  const bad = new Map<number, string>([
    [7, 'INPUT_MISSING_TEXT'],
    [50, 'INPUT_NOT_STRING'],
    [51, 'INPUT_BAD_RECORD'],
    [150, 'INPUT_NOT_STRING'],
    [222, 'INPUT_BAD_RECORD'],
    [299, 'INPUT_INVALID_OPTION'],
  ]);
  const inputs: unknown[] = [];
  for (let i = 0; i < 300; i++) {
    const code = bad.get(i);
    if (code === 'INPUT_MISSING_TEXT') inputs.push({ id: `doc-${i}` });
    else if (code === 'INPUT_NOT_STRING') inputs.push({ id: `doc-${i}`, text: i === 50 ? 42 : null });
    else if (code === 'INPUT_BAD_RECORD') inputs.push(i === 51 ? null : 17);
    else if (code === 'INPUT_INVALID_OPTION') inputs.push({ id: `doc-${i}`, text: 'Kerry said Assad must go.', date: 'last Tuesday' });
    else inputs.push(i % 2 === 0 ? { id: `doc-${i}`, text: texts[i % texts.length]! } : texts[i % texts.length]!);
  }
  return { inputs, bad };
}

async function collect(iterable: AsyncIterable<BatchResult>): Promise<BatchResult[]> {
  const out: BatchResult[] = [];
  for await (const result of iterable) out.push(result);
  return out;
}

describe('labelBatch on a worker pool', () => {
  const { inputs, bad } = corpus();

  it('acceptance: 300 documents with 6 bad ones, concurrency 2 — 300 results in order, 6 error records, the same as concurrency 1', async () => {
    const pooled = await collect(built.labelBatch(inputs as BatchInput[], { concurrency: 2 }));
    const sequential = await collect(built.labelBatch(inputs as BatchInput[], { concurrency: 1 }));
    expect(pooled).toHaveLength(300);
    pooled.forEach((result, i) => {
      const id = inputs[i] && typeof inputs[i] === 'object' && 'id' in (inputs[i] as object) ? (inputs[i] as { id: string }).id : String(i);
      expect(result.id).toBe(id);
      if (bad.has(i)) expect('error' in result && result.error.code, `input ${i}`).toBe(bad.get(i));
      else expect('document' in result, `input ${i}`).toBe(true);
    });
    expect(pooled.filter((r) => 'error' in r)).toHaveLength(6);
    expect(pooled).toEqual(sequential);
    // and the documents are label()'s
    for (const i of [0, 1, 2, 3]) expect('document' in pooled[i]! && pooled[i].document).toEqual(built.label(texts[i % texts.length]!));
  });

  it('reads an endless async source no further than its window ahead of the consumer, and stops it on break', async () => {
    let pulled = 0;
    let closed = false;
    async function* endless(): AsyncGenerator<BatchInput> {
      try {
        for (let i = 0; ; i++) {
          pulled++;
          yield { id: `n${i}`, text: texts[i % texts.length]! };
        }
      } finally {
        closed = true;
      }
    }
    const ids: string[] = [];
    for await (const result of built.labelBatch(endless(), { concurrency: 2, window: 6 })) {
      ids.push(result.id);
      if (ids.length === 20) break;
    }
    expect(ids).toEqual(Array.from({ length: 20 }, (_, i) => `n${i}`));
    // 20 handed out, at most a window (6) more started, one more pulled.
    expect(pulled).toBeLessThanOrEqual(20 + 6 + 1);
    expect(closed).toBe(true);
  });

  it('hands out a slow source\'s documents as they come (none held back to fill a group)', async () => {
    let received: () => void = () => undefined;
    async function* live(): AsyncGenerator<BatchInput> {
      for (let i = 0; i < 3; i++) {
        yield { id: `live-${i}`, text: texts[i]! };
        // the next document comes only once this one has been labeled and handed out
        await new Promise<void>((resolve) => (received = resolve));
      }
    }
    const ids: string[] = [];
    for await (const result of built.labelBatch(live(), { concurrency: 2 })) {
      ids.push(result.id);
      received();
    }
    expect(ids).toEqual(['live-0', 'live-1', 'live-2']);
  });

  it('stops on an AbortSignal: the iteration rejects with the reason and the workers end', async () => {
    const controller = new AbortController();
    const seen: string[] = [];
    const run = async () => {
      for await (const result of built.labelBatch(inputs.filter((_, i) => !bad.has(i)) as BatchInput[], { concurrency: 2, signal: controller.signal })) {
        seen.push(result.id);
        if (seen.length === 5) controller.abort(new Error('enough'));
      }
    };
    await expect(run()).rejects.toThrow('enough');
    expect(seen).toHaveLength(5);
    // An already aborted signal stops it before any work.
    await expect(collect(built.labelBatch(texts, { concurrency: 2, signal: AbortSignal.abort() }))).rejects.toThrow();
  });

  it('sends a custom codebook and model choice to the workers', async () => {
    const climate = built.defineCodebook({
      id: 'climate',
      version: '1.0.0',
      affiliations: ['government', 'other'],
      actors: [{ id: 'minister', name: 'The Minister', kind: 'person', affiliation: 'government', aliases: ['Jane Doe'] }],
      concepts: [{ id: 'carbon-tax', label: 'A carbon tax', cues: { support: ['carbon tax'] } }],
    });
    const docs = ['Jane Doe said a carbon tax is needed.', 'Jane Doe backs a carbon tax.', 'Nothing here.'];
    const results = await collect(built.labelBatch(docs, { concurrency: 2, codebook: climate, model: null }));
    const first = results[0]!;
    expect('document' in first && first.document.codebook.id).toBe('climate');
    expect(results.map((r) => ('document' in r ? r.document : null))).toEqual(docs.map((d) => built.createLabeler({ codebook: climate, model: null }).label(d)));
  });

  it('refuses bad options when iterated', async () => {
    for (const concurrency of [0, -1, 1.5, Number.NaN]) {
      await expect(collect(built.labelBatch(texts, { concurrency }))).rejects.toMatchObject({ code: 'INPUT_INVALID_OPTION' });
    }
    await expect(collect(built.labelBatch('one text' as never))).rejects.toMatchObject({ code: 'INPUT_INVALID_OPTION' });
    await expect(collect(built.labelBatch(texts, { concurrency: 2, model: { kind: 'nope' } as never }))).rejects.toMatchObject({ code: 'MODEL_INVALID' });
  });

  it('a bad date or an unknown option rejects before the first record, on one thread or a pool', async () => {
    for (const concurrency of [1, 2]) {
      for (const options of [{ date: '2016-13-45' }, { date: '2015-02-29' }, { dat: '2016-01-13' }, { concurency: 2 }]) {
        let pulled = 0;
        const inputs = (async function* () {
          for (const text of texts.slice(0, 4)) {
            pulled++;
            yield text;
          }
        })();
        const iterator = built.labelBatch(inputs, { concurrency, ...options } as never)[Symbol.asyncIterator]();
        const first = await iterator.next().then(
          () => null,
          (error: unknown) => error,
        );
        expect(first, JSON.stringify(options)).toMatchObject({ code: 'INPUT_INVALID_OPTION', issues: [expect.objectContaining({ path: [Object.keys(options)[0]] })] });
        expect(built.isInputError(first)).toBe(true);
        expect(pulled).toBe(0);
        expect(await iterator.next()).toEqual({ done: true, value: undefined });
      }
    }
  });

  it("a bad date on one record is that record's error result, on one thread or a pool", async () => {
    const inputs = [
      { id: 'a', text: 'Kerry said Assad must go.', date: '2016-13-45' },
      { id: 'b', text: 'The Secretary of State said Assad must go.', date: '2014-03-01T09:30:00Z' },
      { id: 'c', text: 'Kerry said Assad must go.', date: 20160113 },
      { id: 'd', text: 'The Secretary of State said Assad must go.' },
    ];
    for (const concurrency of [1, 2]) {
      const results = await collect(built.labelBatch(inputs as never, { concurrency, date: '2014-03-01' }));
      expect(results.map((r) => ('error' in r ? r.error.code : 'ok'))).toEqual(['INPUT_INVALID_OPTION', 'ok', 'INPUT_INVALID_OPTION', 'ok']);
      expect('error' in results[0]! && results[0].error.message).toContain('"2016-13-45"');
      expect('error' in results[2]! && results[2].error.message).toContain('20160113');
      for (const at of [1, 3]) expect('document' in results[at]! && results[at].document.sentences[0]!.claims[0]?.actor.id).toBe('kerry');
    }
  });

  it('runs its pool from the CommonJS build too', () => {
    const code = `const { labelBatch } = require('standpoint');
      (async () => { const ids = []; for await (const r of labelBatch(['"Assad must go," said Kerry.', 'Lavrov said talks must resume.', 7], { concurrency: 2 })) ids.push('error' in r ? r.error.code : r.document.sentences.length); console.log(ids.join(' ')); })();`;
    const out = execFileSync(process.execPath, ['-e', code], { cwd: root, encoding: 'utf8' }).trim();
    expect(out).toBe('1 1 INPUT_BAD_RECORD');
  });

  it('runs from the sources with the built worker', async () => {
    const results = await collect(source.labelBatch([texts[0]!, texts[1]!], { concurrency: 2 }));
    expect(results.map((r) => 'document' in r)).toEqual([true, true]);
  });
});
