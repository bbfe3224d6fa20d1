import { describe, expect } from 'vitest';
import { articlesOfShard, rebuildShard } from '../../../src/db/rebuildShards';
import { createIndexStore } from '../../../src/db/searchStores';
import { itWithDb, makeArticleRow, storeArticles } from './helpers/testDatabase';

describe('the articles of a shard', () => {
  itWithDb('are found through the packs that list the shard, a pack with undated and dated items included', async ({ db }) => {
    // A seed file with no paper: one pack, its items in the month of their page's date or undated.
    const fromFile = [
      makeArticleRow({ id: 'f-dated', packId: 'src-a', source: 'a.txt', date: '2022-02-03' }),
      makeArticleRow({ id: 'f-undated', packId: 'src-a', source: 'a.txt' }),
    ];
    const edition = [makeArticleRow({ id: 'e-1', packId: 'e-2022-02-09', date: '2022-02-09' }), makeArticleRow({ id: 'e-2', packId: 'e-2022-02-09', date: '2022-02-09', order: 1 })];
    const march = [makeArticleRow({ id: 'm-1', packId: 'e-2022-03-01', date: '2022-03-01' })];
    await storeArticles(db, [...fromFile, ...edition, ...march]);

    const ids = async (shard: string) => (await articlesOfShard(db, shard)).map((row) => row.id).sort();
    expect(await ids('2022-02')).toEqual(['e-1', 'e-2', 'f-dated']);
    expect(await ids('src:a.txt')).toEqual(['f-undated']);
    expect(await ids('2022-03')).toEqual(['m-1']);
    expect(await ids('2022-04')).toEqual([]);

    expect(await rebuildShard(db, '2022-02')).toBe(3);
    expect((await createIndexStore(db).getShardDocs('2022-02')).map((doc) => doc.id)).toEqual(['e-1', 'e-2', 'f-dated']);
  });
});
