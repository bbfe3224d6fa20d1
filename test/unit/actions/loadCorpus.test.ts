import { describe, expect, it } from 'vitest';
import { CorpusLoadError } from '../../../src/actions/CorpusLoadError';
import { loadCorpus } from '../../../src/actions/loadCorpus';
import { buildPacks, manifestJson } from '../../../src/build/buildPacks';
import { makeDocument, makeItem } from '../../helpers/corpusFixtures';

const corpus = buildPacks(
  [
    makeDocument({ source: 'a.txt', paper: '焦作日报', items: [makeItem({ id: 'a', date: '2022-02-09' })] }),
    makeDocument({ source: 'b.txt', items: [makeItem({ id: 'b' })] }),
  ],
  2,
);

/** A server holding the built corpus under `root`, recording the URLs asked for. */
function fakeServer(root: string, files = new Map(corpus.files.map((f) => [f.fileName, f.json]))) {
  files.set('corpus/manifest.json', manifestJson(corpus.manifest));
  const requested: string[] = [];
  const fetchJson = async (url: string) => {
    requested.push(url);
    const body = url.startsWith(root) ? files.get(url.slice(root.length)) : undefined;
    return body === undefined ? new Response('not found', { status: 404 }) : new Response(body);
  };
  return { fetchJson, requested };
}

async function failureOf(promise: Promise<unknown>) {
  const error: unknown = await promise.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(CorpusLoadError);
  return (error as CorpusLoadError).failure;
}

describe('loadCorpus', () => {
  it('loads every item of every pack, with its paper, relative to the page', async () => {
    const root = 'https://example.org/some/base/';
    const server = fakeServer(root);
    const loaded = await loadCorpus(`${root}index.html`, server.fetchJson);
    expect(loaded.version).toBe(corpus.manifest.version);
    expect(loaded.items.map((i) => [i.id, i.paper, i.source])).toEqual([
      ['a', '焦作日报', 'a.txt'],
      ['b', null, 'b.txt'],
    ]);
    expect(server.requested[0]).toBe(`${root}corpus/manifest.json`);
  });

  it('reports a server that cannot be reached as offline', async () => {
    const offline = async () => {
      throw new TypeError('Failed to fetch');
    };
    expect(await failureOf(loadCorpus('https://example.org/', offline))).toEqual({ reason: 'offline' });
  });

  it('reports a missing manifest or pack with its HTTP status', async () => {
    expect(await failureOf(loadCorpus('https://elsewhere.org/', fakeServer('https://example.org/').fetchJson))).toEqual({
      reason: 'missing',
      status: 404,
    });
    const withoutPacks = fakeServer('https://example.org/', new Map());
    expect(await failureOf(loadCorpus('https://example.org/', withoutPacks.fetchJson))).toEqual({
      reason: 'missing',
      status: 404,
    });
  });

  it('reports text that is not a corpus as damaged', async () => {
    const files = new Map(corpus.files.map((f) => [f.fileName, '{"items": "nope"}']));
    const server = fakeServer('https://example.org/', files);
    expect(await failureOf(loadCorpus('https://example.org/', server.fetchJson))).toEqual({ reason: 'damaged' });

    const notJson = async () => new Response('<html>');
    expect(await failureOf(loadCorpus('https://example.org/', notJson))).toEqual({ reason: 'damaged' });
  });
});
