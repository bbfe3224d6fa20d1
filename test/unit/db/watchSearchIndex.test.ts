import { describe, expect, it, vi } from 'vitest';
import { rebuildShard } from '../../../src/db/rebuildShards';
import { watchSearchIndex } from '../../../src/db/watchSearchIndex';
import { makeArticleRow, openTestDatabase, storeArticles } from './helpers/testDatabase';

describe('watchSearchIndex', () => {
  it('calls back when a shard is rebuilt, not when other tables change, and stops when told', async () => {
    const db = await openTestDatabase();
    const onChange = vi.fn();
    const stop = watchSearchIndex(db, onChange);

    await storeArticles(db, [makeArticleRow({ id: 'a', date: '2022-02-09', paragraphs: ['正文'] })]);
    await db.bookmarks.put({ articleId: 'a', addedAt: 1, note: '', title: '', paper: null, date: null, page: null, available: true });
    expect(onChange).not.toHaveBeenCalled();

    await rebuildShard(db, '2022-02');
    expect(onChange).toHaveBeenCalledOnce();

    stop();
    await rebuildShard(db, '2022-02');
    expect(onChange).toHaveBeenCalledOnce();
    db.close();
  });
});
