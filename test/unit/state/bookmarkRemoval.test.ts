import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BookmarkRow } from '../../../src/db/rows';
import { BookmarkRemoval } from '../../../src/state/bookmarkRemoval.svelte';

const bookmark: BookmarkRow = {
  articleId: 'a1',
  addedAt: 1000,
  note: '给孩子看',
  title: '冰雪运动进校园',
  paper: '焦作日报',
  date: '2022-02-09',
  page: 'A07',
  available: true,
};

/** A removal over an in-memory list of bookmarks. */
function removalOver(rows: Map<string, BookmarkRow>) {
  return new BookmarkRemoval({
    remove: async (id) => {
      const row = rows.get(id);
      rows.delete(id);
      return row;
    },
    restore: async (row) => void rows.set(row.articleId, row),
  });
}

describe('BookmarkRemoval', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('removes at once and offers undo for six seconds', async () => {
    const rows = new Map([['a1', bookmark]]);
    const removal = removalOver(rows);
    await removal.remove('a1');
    expect(rows.has('a1')).toBe(false);
    expect(removal.removed).toEqual(bookmark);

    vi.advanceTimersByTime(5900);
    expect(removal.removed).toEqual(bookmark);
    vi.advanceTimersByTime(200);
    expect(removal.removed).toBeNull();
    expect(rows.has('a1')).toBe(false);
  });

  it('undo puts the bookmark back as it was and closes the offer', async () => {
    const rows = new Map([['a1', bookmark]]);
    const removal = removalOver(rows);
    await removal.remove('a1');
    await removal.undo();
    expect(rows.get('a1')).toEqual(bookmark);
    expect(removal.removed).toBeNull();
    // A second undo has nothing to bring back.
    rows.clear();
    await removal.undo();
    expect(rows.size).toBe(0);
  });

  it('offers the latest removal, for its own six seconds', async () => {
    const other = { ...bookmark, articleId: 'a2', title: '科协年会' };
    const rows = new Map([
      ['a1', bookmark],
      ['a2', other],
    ]);
    const removal = removalOver(rows);
    await removal.remove('a1');
    vi.advanceTimersByTime(4000);
    await removal.remove('a2');
    vi.advanceTimersByTime(4000);
    expect(removal.removed).toEqual(other);
    await removal.undo();
    expect([...rows.keys()]).toEqual(['a2']);
  });

  it('offers nothing when the bookmark was already gone', async () => {
    const removal = removalOver(new Map());
    await removal.remove('a1');
    expect(removal.removed).toBeNull();
  });
});
