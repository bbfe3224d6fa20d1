import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DubaoDatabase } from '../../../src/db/DubaoDatabase';
import { rebuildShard } from '../../../src/db/rebuildShards';
import type { ArticleRow } from '../../../src/db/rows';
import { createIndexStore, createTextStore } from '../../../src/db/searchStores';
import { buildShard } from '../../../src/search/buildShard';
import { MemoryIndexStore, MemoryTextStore } from '../../../src/search/memoryStores';
import { readBlock, readPostings } from '../../../src/search/postingBlock';
import { searchCorpus } from '../../../src/search/searchCorpus';
import { toSearchDoc } from '../../../src/search/toSearchDoc';
import { makeArticleRow, openTestDatabase, storeArticles } from './helpers/testDatabase';

const FEB = '2022-02';
// A run of characters of its own in each story, so that the shard has many grams and several blocks.
const ownChars = (n: number) => Array.from({ length: 16 }, (_, k) => String.fromCharCode(0x4e00 + ((n * 397 + k * 101) % 8000))).join('');
const story = (n: number) => `第${n}条新闻：焦作市今日召开科技创新大会，研究部署脊髓组织、人工智能与新材料产业发展。${ownChars(n)}`;
const rows: ArticleRow[] = Array.from({ length: 60 }, (_, i) =>
  makeArticleRow({
    id: `feb-${i}`,
    paper: '焦作日报',
    date: `2022-02-${String(1 + (i % 28)).padStart(2, '0')}`,
    page: 'A01',
    order: i,
    title: `标题${i} ${i % 2 ? 'Ｈｅｌｌｏ' : '世界'}`,
    paragraphs: [story(i), `第二段${'春节假期全市接待游客人次同比增长'.slice(i % 10)}`],
  }),
);
const undated = makeArticleRow({ id: 'src-1', source: '001.txt', paragraphs: ['会议强调，要坚持以人民为中心。'] });
const january = makeArticleRow({ id: 'jan-1', date: '2022-01-30', paragraphs: ['一月的新闻。'] });

describe('search stores over IndexedDB', () => {
  let db: DubaoDatabase;
  beforeEach(async () => {
    db = await openTestDatabase();
    await storeArticles(db, [...rows, undated, january]);
  });
  afterEach(() => db.close());

  it('gives back, for the grams of a stored shard, the block that holds their postings', async () => {
    const built = buildShard(FEB, rows.map((row) => toSearchDoc(row, row.paper)));
    expect(built.blocks.length).toBeGreaterThan(1);
    expect(await rebuildShard(db, FEB)).toBe(rows.length);

    const index = createIndexStore(db);
    expect(await index.getShardDocs(FEB)).toEqual(built.docs);
    for (const block of built.blocks) {
      // The first and last gram of each block, and a sample between (every gram takes seconds).
      const grams = readBlock(block);
      for (const { gram, postings } of grams.filter((_, i) => i % Math.ceil(grams.length / 6) === 0 || i === grams.length - 1)) {
        const stored = await index.getBlock(FEB, gram);
        expect(stored).toEqual(block);
        expect(stored && readPostings(stored, gram)).toEqual(postings);
      }
    }
  });

  it('reads the docs of a shard stored before they were kept as columns', async () => {
    const built = buildShard(FEB, rows.map((row) => toSearchDoc(row, row.paper)));
    await db.searchShards.put({ shard: FEB, docs: built.docs, builtAt: 1 });
    expect(await createIndexStore(db).getShardDocs(FEB)).toEqual(built.docs);
  });

  it('finds no block for a gram outside every block of the shard, or in another shard', async () => {
    await rebuildShard(db, FEB);
    const index = createIndexStore(db);
    const blocks = await db.searchBlocks.where('[shard+firstGram]').between([FEB, ''], [FEB, '\uffff']).toArray();
    const first = blocks[0]?.firstGram ?? '';
    expect(first > '\u0001').toBe(true);
    expect(await index.getBlock(FEB, '\u0001')).toBeUndefined();
    expect(await index.getBlock(FEB, '\uffff\uffff')).toBeUndefined();
    expect(await index.getBlock('2022-01', first)).toBeUndefined();
  });

  it('lists shards newest month first, undated shards last', async () => {
    for (const shard of ['src:001.txt', FEB, '2022-01']) await rebuildShard(db, shard);
    expect(await createIndexStore(db).listShards()).toEqual([FEB, '2022-01', 'src:001.txt']);
  });

  it('replaces a shard whole when it is rebuilt, and deletes it when its articles are gone', async () => {
    await rebuildShard(db, FEB);
    await db.articles.bulkDelete(rows.slice(1).map((row) => row.id));
    await rebuildShard(db, FEB);
    const index = createIndexStore(db);
    expect((await index.getShardDocs(FEB)).map((d) => d.id)).toEqual(['feb-0']);
    const onlyBlocks = buildShard(FEB, [toSearchDoc(rows[0] as ArticleRow, '焦作日报')]).blocks;
    expect(await db.searchBlocks.toArray()).toEqual(onlyBlocks);

    await db.articles.delete('feb-0');
    await rebuildShard(db, FEB);
    expect(await index.listShards()).toEqual([]);
    expect(await db.searchBlocks.count()).toBe(0);
  });

  it('reads bodies as displayed (paragraphs joined by a line break) for the ids found', async () => {
    const bodies = await createTextStore(db).getBodies(['feb-3', 'gone', 'src-1']);
    expect([...bodies.keys()]).toEqual(['feb-3', 'src-1']);
    expect(bodies.get('feb-3')).toBe(`${story(3)}\n第二段${'春节假期全市接待游客人次同比增长'.slice(3)}`);
  });

  it('gives the search engine the same answers as the in-memory stores it is tested with', async () => {
    const all = [...rows, undated, january];
    const shards = [FEB, '2022-01', 'src:001.txt'];
    for (const shard of shards) await rebuildShard(db, shard);
    const docs = all.map((row) => toSearchDoc(row, row.paper));
    const memory = {
      index: new MemoryIndexStore(shards.map((shard) => buildShard(shard, docs.filter((d) => d.shard === shard)))),
      text: new MemoryTextStore(docs.map((d) => [d.id, d.body] as const)),
    };
    const stored = { index: createIndexStore(db), text: createTextStore(db) };
    for (const query of ['脊髓', '科技 创新', 'hello', '"第二段春节"', '新闻', '人民']) {
      const request = { query, limit: 7, offset: 2 };
      const expected = await searchCorpus(request, memory);
      expect(expected.total, query).toBeGreaterThan(0);
      expect(await searchCorpus(request, stored)).toEqual(expected);
    }
  });
});
