import { describe, expect, it } from 'vitest';
import { makeSearchDoc } from '../../helpers/makeSearchDoc';
import { memoryEngine } from '../../helpers/searchFixtures';

const docs = [
  makeSearchDoc({ id: 'new-head-long', date: '2022-03-01', title: '市科协召开第六次代表大会暨换届选举工作会议', body: '会议' }),
  makeSearchDoc({ id: 'old-head-short', date: '2022-01-01', title: '科协换届', body: '会议' }),
  makeSearchDoc({ id: 'new-body-once', date: '2022-03-02', body: '市科协工作' }),
  makeSearchDoc({ id: 'old-body-thrice', date: '2022-01-02', body: '科协会议，科协工作，科协活动' }),
  makeSearchDoc({ id: 'none', date: '2022-02-01', title: '科学', body: '协会' }),
];

describe('relevance sort', () => {
  const { engine } = memoryEngine(docs);

  it('keeps exactly the hits of the default order, only reordered', async () => {
    const newest = await engine.search({ query: '科协' });
    const relevant = await engine.search({ query: '科协', sort: 'relevance' });
    expect(relevant.total).toBe(newest.total);
    expect(new Set(relevant.hits.map((h) => h.id))).toEqual(new Set(newest.hits.map((h) => h.id)));
  });

  it('ranks headline hits by MiniSearch score and body hits by occurrences, headline hits first', async () => {
    const newest = await engine.search({ query: '科协' });
    expect(newest.hits.map((h) => h.id)).toEqual(['new-head-long', 'old-head-short', 'new-body-once', 'old-body-thrice']);
    const relevant = await engine.search({ query: '科协', sort: 'relevance' });
    expect(relevant.hits.map((h) => [h.id, h.in])).toEqual([
      ['old-head-short', 'headline'], // BM25: the short headline is the stronger match
      ['new-head-long', 'headline'],
      ['old-body-thrice', 'body'],
      ['new-body-once', 'body'],
    ]);
  });

  it('pages through the relevance order', async () => {
    const all = (await engine.search({ query: '科协', sort: 'relevance' })).hits.map((h) => h.id);
    const second = await engine.search({ query: '科协', sort: 'relevance', offset: 2, limit: 2 });
    expect(second.hits.map((h) => h.id)).toEqual(all.slice(2, 4));
  });
});
