import { describe, expect, it } from 'vitest';
import { makeSearchDoc } from '../../helpers/makeSearchDoc';
import { memoryEngine } from '../../helpers/searchFixtures';

const docs = [
  makeSearchDoc({ id: 'undated-head', source: 'a.txt', title: '科协换届' }),
  makeSearchDoc({ id: 'undated-body', source: 'a.txt', order: 1, body: '市科协召开会议' }),
  makeSearchDoc({ id: 'jan-body', date: '2022-01-20', body: '科协工作' }),
  makeSearchDoc({ id: 'feb-body-p2', date: '2022-02-09', page: 'A02', body: '科协工作' }),
  makeSearchDoc({ id: 'feb-body-p1', date: '2022-02-09', page: 'A01', order: 5, body: '省科协' }),
  makeSearchDoc({ id: 'feb-old-head', date: '2022-02-01', kicker: '市科协', title: '年终总结', body: '科协工作' }),
  makeSearchDoc({ id: 'jan-byline', date: '2022-01-02', byline: '市科协供稿', body: '无关' }),
  makeSearchDoc({ id: 'mar-none', date: '2022-03-01', title: '科学', body: '协会' }),
];

describe('result order', () => {
  const { engine } = memoryEngine(docs);

  it('puts headline (and byline) matches first, then body matches, each newest first and undated last', async () => {
    const { hits, total } = await engine.search({ query: '科协' });
    expect(hits.map((hit) => [hit.id, hit.in])).toEqual([
      ['feb-old-head', 'headline'],
      ['jan-byline', 'headline'],
      ['undated-head', 'headline'],
      ['feb-body-p1', 'body'],
      ['feb-body-p2', 'body'],
      ['jan-body', 'body'],
      ['undated-body', 'body'],
    ]);
    expect(total).toBe(7);
  });

  it('marks headline matches as offsets into the displayed headline', async () => {
    const { hits } = await engine.search({ query: '科协' });
    const head = hits.find((hit) => hit.id === 'feb-old-head')!;
    expect(head.doc.headline).toBe('市科协 年终总结');
    expect(head.headlineMatches).toEqual([{ start: 1, end: 3 }]);
    expect(hits.find((hit) => hit.id === 'jan-byline')!.headlineMatches).toEqual([]);
  });

  it('pages through the same order', async () => {
    const all = (await engine.search({ query: '科协' })).hits.map((hit) => hit.id);
    const pages = [];
    for (let offset = 0; offset < all.length; offset += 3) {
      pages.push(...(await engine.search({ query: '科协', offset, limit: 3 }, { countAll: false })).hits.map((hit) => hit.id));
    }
    expect(pages).toEqual(all);
    expect((await engine.search({ query: '科协', offset: 50 })).hits).toEqual([]);
  });

  it('counts a multi-term query as a headline match only when every term is in the headline or byline', async () => {
    const { hits } = await engine.search({ query: '科协 总结' });
    expect(hits.map((hit) => [hit.id, hit.in])).toEqual([['feb-old-head', 'headline']]);
    const mixed = await engine.search({ query: '科协 工作' });
    expect(mixed.hits.map((hit) => [hit.id, hit.in])).toEqual([
      ['feb-body-p2', 'body'],
      ['feb-old-head', 'body'],
      ['jan-body', 'body'],
    ]);
  });
});
