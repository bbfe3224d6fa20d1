// A damaged pack is named in the result and the progress, skipped, and retried next time;
// the rest of the corpus is ingested.
import { describe, expect } from 'vitest';
import { getCorpusVersion } from '../../../src/db/corpusMeta';
import { ingestCorpus } from '../../../src/workers/ingest/ingestCorpus';
import type { IngestProgress } from '../../../src/workers/ingest/ingestTypes';
import { itWithDb } from '../db/helpers/testDatabase';
import { BASE_URL, buildCorpus, fakeServer, publishWithPacks } from './helpers/corpusServer';

const corpus = buildCorpus();
const [truncated, altered, notJson, notAPack, missing, healthy] = corpus.manifest.packs;
if (!truncated || !altered || !notJson || !notAPack || !missing || !healthy) throw new Error('the seeds make fewer than 6 packs');
const jsonOf = (file: string) => corpus.files.find((f) => f.fileName === file)?.json ?? '';

/** Damage on the way (the manifest is right, the bytes served are not) and in the build (both agree, the content is wrong). */
function damagedServer() {
  const published = publishWithPacks(
    corpus,
    new Map([
      [notJson.id, jsonOf(notJson.file).slice(0, -40)],
      [notAPack.id, JSON.stringify({ id: notAPack.id, items: [{ id: 'x', kind: 'article', paragraphs: '不是数组' }] })],
    ]),
  );
  const alteredJson = jsonOf(altered.file).replace('报', '网');
  return fakeServer(published, {
    override: new Map<string, string | number>([
      [truncated.file, jsonOf(truncated.file).slice(0, 1000)],
      [altered.file, alteredJson],
      [missing.file, 404],
    ]),
  });
}

describe('ingestCorpus with damaged packs', () => {
  itWithDb('names each damaged pack and why, skips it, and ingests the others', async ({ db }) => {
    expect(jsonOf(altered.file)).toContain('报');
    const events: IngestProgress[] = [];
    const result = await ingestCorpus({ db, baseUrl: BASE_URL, fetch: damagedServer().fetch, onProgress: (p) => events.push(p) });

    expect(result.failed.map((f) => [f.packId, f.file, f.reason])).toEqual([
      [truncated.id, truncated.file, 'truncated'],
      [altered.id, altered.file, 'hash'],
      [notJson.id, notJson.file, 'json'],
      [notAPack.id, notAPack.file, 'shape'],
      [missing.id, missing.file, 'http'],
    ]);
    expect(events.at(-1)?.failed).toEqual(result.failed);
    expect(events.at(-1)?.packsDone).toBe(corpus.manifest.packs.length);
    expect(result.ingested).toEqual([healthy.id]);
    expect(result.complete).toBe(false);
    expect(await db.articles.count()).toBe(healthy.count);
    expect(await getCorpusVersion(db)).toBeUndefined();
  });

  itWithDb('fetches only the packs that failed on the next run', async ({ db }) => {
    await ingestCorpus({ db, baseUrl: BASE_URL, fetch: damagedServer().fetch });
    const server = fakeServer(corpus);
    const result = await ingestCorpus({ db, baseUrl: BASE_URL, fetch: server.fetch });
    expect(server.packsRequested()).toEqual([truncated, altered, notJson, notAPack, missing].map((e) => e.file));
    expect(result).toMatchObject({ complete: true, failed: [], unchanged: 1 });
    expect(await db.articles.count()).toBe(corpus.manifest.packs.reduce((sum, e) => sum + e.count, 0));
    expect(await getCorpusVersion(db)).toBe(corpus.manifest.version);
  });

  itWithDb('keeps the stored version of a changed pack whose new file is damaged', async ({ db }) => {
    await ingestCorpus({ db, baseUrl: BASE_URL, fetch: fakeServer(corpus).fetch });
    const republished = publishWithPacks(corpus, new Map([[healthy.id, '{"id":']]));
    const result = await ingestCorpus({ db, baseUrl: BASE_URL, fetch: fakeServer(republished).fetch });
    expect(result.failed.map((f) => [f.packId, f.reason])).toEqual([[healthy.id, 'json']]);
    expect(await db.articles.where('packId').equals(healthy.id).count()).toBe(healthy.count);
    expect((await db.packs.get(healthy.id))?.hash).toBe(healthy.hash);
  });
});
