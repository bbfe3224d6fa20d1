import { describe, expect, it } from 'vitest';
import { buildShard } from '../../../src/search/buildShard';
import { makeSearchDoc } from '../../helpers/makeSearchDoc';
import { memoryEngine } from '../../helpers/searchFixtures';

// 600 items, each saying 奥密克戎 in its body: a long term, so each candidate's body is checked.
const many = Array.from({ length: 600 }, (_, i) =>
  makeSearchDoc({ id: `d${i}`, date: `2022-0${1 + (i % 3)}-${String(1 + (i % 28)).padStart(2, '0')}`, order: i, body: `第${i}条：多国报告奥密克戎毒株。` }),
);

describe('search', () => {
  it('returns the first page after checking the bodies of about one page, and the total later', async () => {
    const { engine, textStore } = memoryEngine(many);
    const first = await engine.search({ query: '奥密克戎' }, { countAll: false });
    expect(first.hits).toHaveLength(20);
    expect(first.totalExact).toBe(false);
    expect(first.total).toBeGreaterThanOrEqual(20);
    expect(first.total).toBeLessThan(600);
    expect(textStore.bodiesRead).toBeLessThanOrEqual(40);

    expect(await engine.count({ query: '奥密克戎' })).toBe(600);
    // count() continued from where the search stopped: no body was read twice.
    expect(textStore.bodiesRead).toBeLessThanOrEqual(600);
    const all = await engine.search({ query: '奥密克戎' });
    expect(all).toMatchObject({ total: 600, totalExact: true });
    expect(all.hits.map((hit) => hit.id)).toEqual(first.hits.map((hit) => hit.id));
  });

  it('counts a term of one or two characters from postings alone, reading only the page’s bodies for snippets', async () => {
    const { engine, textStore } = memoryEngine(many);
    const result = await engine.search({ query: '毒株' });
    expect(result).toMatchObject({ total: 600, totalExact: true });
    expect(textStore.bodiesRead).toBe(20);
  });

  it('gives snippets with the matches marked', async () => {
    const { engine } = memoryEngine(many);
    const [hit] = (await engine.search({ query: '奥密克戎 毒株', limit: 1 })).hits;
    const { text, matches } = hit.snippet;
    expect(matches.map(({ start, end }) => text.slice(start, end))).toEqual(['奥密克戎毒株']);
  });

  it('reports the terms as searched: normalized and in simplified Chinese', async () => {
    const { engine } = memoryEngine(many);
    const result = await engine.search({ query: '奧密克戎 ＢＡ．２ "第1 条"' });
    expect(result.terms).toEqual(['奥密克戎', 'ba.2', '第1条']);
  });

  it('finds simplified text from a traditional query, and a traditional character used in simplified text', async () => {
    const { engine } = memoryEngine([
      makeSearchDoc({ id: 'a', body: '科学普及' }),
      makeSearchDoc({ id: 'b', body: '乾隆年间' }),
      makeSearchDoc({ id: 'c', body: '天气干燥' }),
    ]);
    expect((await engine.search({ query: '科學' })).hits.map((hit) => hit.id)).toEqual(['a']);
    expect((await engine.search({ query: '乾隆' })).hits.map((hit) => hit.id)).toEqual(['b']);
    expect((await engine.search({ query: '乾' })).hits.map((hit) => hit.id).sort()).toEqual(['b', 'c']);
  });

  it('gives nothing for an empty query', async () => {
    const { engine } = memoryEngine(many);
    expect(await engine.search({ query: '  "" ' })).toEqual({ hits: [], total: 0, totalExact: true, terms: [] });
  });

  it('sees a rebuilt shard after invalidate()', async () => {
    const docs = [makeSearchDoc({ id: 'a', date: '2022-02-01', body: '旧内容' })];
    const { engine, indexStore, textStore } = memoryEngine(docs);
    expect((await engine.search({ query: '新内容' })).total).toBe(0);
    const changed = makeSearchDoc({ id: 'b', date: '2022-02-02', body: '新内容' });
    indexStore.put(buildShard('2022-02', [...docs, changed]));
    textStore.bodies.set('b', changed.body);
    engine.invalidate(['2022-02']);
    expect((await engine.search({ query: '新内容' })).hits.map((hit) => hit.id)).toEqual(['b']);
  });

  it('warm() loads bodies so that later queries read none to verify', async () => {
    const { engine, textStore } = memoryEngine(many);
    await engine.warm();
    expect(engine.stats().normalizedChars).toBeGreaterThan(0);
    const read = textStore.bodiesRead;
    expect(await engine.count({ query: '奥密克戎毒株' })).toBe(600);
    expect(textStore.bodiesRead).toBe(read);
  });

  it('warm() reads each shard’s posting blocks at once, so that later queries ask the store for none', async () => {
    const { engine, indexStore } = memoryEngine(many);
    let blockReads = 0;
    const getBlock = indexStore.getBlock.bind(indexStore);
    indexStore.getBlock = (shard, gram) => {
      blockReads++;
      return getBlock(shard, gram);
    };
    await engine.warm({ bodies: false });
    expect(engine.stats().blockBytes).toBeGreaterThan(0);
    expect(engine.stats().normalizedChars).toBe(0);
    expect(await engine.count({ query: '奥密克戎毒株' })).toBe(600);
    expect(blockReads).toBe(0);
  });

  it('warm() keeps the posting blocks within their budget, and queries still find everything', async () => {
    const unbounded = memoryEngine(many).engine;
    await unbounded.warm({ bodies: false });
    const budget = Math.floor(unbounded.stats().blockBytes * 0.6);
    const { engine } = memoryEngine(many, { index: { maxBlockBytes: budget } });
    await engine.warm({ bodies: false });
    expect(engine.stats().blockBytes).toBeGreaterThan(0);
    expect(engine.stats().blockBytes).toBeLessThanOrEqual(budget);
    expect(await engine.count({ query: '奥密克戎毒株' })).toBe(600);
  });

  it('warm() keeps the displayed bodies of the newest docs, so that a first page needs no store for its snippets', async () => {
    // Room for the displayed bodies of about 100 of the 600 docs.
    const { engine, textStore } = memoryEngine(many, { bodies: { maxDisplayedChars: 2400 } });
    await engine.warm();
    const read = textStore.bodiesRead;
    const page = await engine.search({ query: '毒株' }, { countAll: false });
    expect(page.hits).toHaveLength(20);
    expect(page.hits.every((hit) => hit.snippet.text.includes('毒株'))).toBe(true);
    expect(textStore.bodiesRead).toBe(read);
  });

  it('keeps its caches within their budgets', async () => {
    const { engine } = memoryEngine(many, { index: { maxPostings: 1000 }, bodies: { maxNormalizedChars: 5000 } });
    expect(await engine.count({ query: '奥密克戎毒株' })).toBe(600);
    expect(engine.stats().postings).toBeLessThanOrEqual(1000);
    expect(engine.stats().normalizedChars).toBeLessThanOrEqual(5000);
  });
});

describe('suggest', () => {
  const docs = [
    makeSearchDoc({ id: 'exact', date: '2022-02-02', title: 'Omicron 来了', body: '' }),
    makeSearchDoc({ id: 'prefix', date: '2022-02-01', title: 'Omicron变异株', body: '' }),
    makeSearchDoc({ id: 'ba', date: '2022-02-03', title: 'BA.2 亚型', body: '' }),
    makeSearchDoc({ id: 'other', date: '2022-02-04', title: '科协', body: '' }),
  ];

  it('offers approximate headline matches for a misspelt or partial Latin word', async () => {
    const { engine } = memoryEngine(docs);
    expect((await engine.search({ query: 'omicorn' })).total).toBe(0);
    expect((await engine.suggest({ query: 'omicorn' })).map((s) => s.id).sort()).toEqual(['exact', 'prefix']);
    expect((await engine.suggest({ query: 'BA.3' })).map((s) => s.id)).toEqual(['ba']);
  });

  it('never offers an exact hit', async () => {
    const { engine } = memoryEngine(docs);
    const exact = (await engine.search({ query: 'omi' })).hits.map((hit) => hit.id);
    expect(exact.sort()).toEqual(['exact', 'prefix']);
    expect(await engine.suggest({ query: 'omi' })).toEqual([]);
    expect(await engine.suggest({ query: 'ba' })).toEqual([]);
  });
});
