import { describe, expect, it } from 'vitest';
import type { BookmarkRow, ReadingStateRow } from '../../../src/db/rows';
import { mergeUserData } from '../../../src/userData/mergeUserData';

const bookmark = (articleId: string, fields: Partial<BookmarkRow> = {}): BookmarkRow => ({
  articleId,
  addedAt: 1000,
  note: '',
  title: `标题${articleId}`,
  paper: '焦作日报',
  date: '2022-02-09',
  page: 'A07',
  available: true,
  ...fields,
});
const state = (articleId: string, lastOpened: number, progress = 0.5): ReadingStateRow => ({ articleId, scroll: 100, progress, lastOpened });
const everywhere = () => true;

describe('mergeUserData', () => {
  it('adds new bookmarks, available only when their article is stored here', () => {
    const merge = mergeUserData(
      { bookmarks: [], readingState: [] },
      { bookmarks: [bookmark('here', { available: false }), bookmark('gone')], readingState: [] },
      (id) => id === 'here',
    );
    expect(merge.bookmarks).toEqual([bookmark('here', { available: true }), bookmark('gone', { available: false })]);
    expect(merge).toMatchObject({ added: 2, existing: 0, unavailable: 1, noteConflicts: 0 });
  });

  it('counts an already stored bookmark once and writes nothing when the file adds nothing', () => {
    const stored = bookmark('a', { note: '旧笔记', addedAt: 1000 });
    const merge = mergeUserData({ bookmarks: [stored], readingState: [] }, { bookmarks: [bookmark('a', { addedAt: 5000 })], readingState: [] }, everywhere);
    expect(merge).toEqual({ bookmarks: [], readingState: [], added: 0, existing: 1, unavailable: 0, noteConflicts: 0 });
  });

  it('keeps the earlier date added and takes the file’s note when the stored one is empty', () => {
    const merge = mergeUserData(
      { bookmarks: [bookmark('a', { addedAt: 5000, note: '', title: '本机的标题' })], readingState: [] },
      { bookmarks: [bookmark('a', { addedAt: 2000, note: '文件里的笔记', title: '文件的标题' })], readingState: [] },
      everywhere,
    );
    expect(merge.bookmarks).toEqual([bookmark('a', { addedAt: 2000, note: '文件里的笔记', title: '本机的标题' })]);
    expect(merge).toMatchObject({ added: 0, existing: 1, noteConflicts: 0 });
  });

  it('keeps the stored note when both differ, and reports it', () => {
    const merge = mergeUserData(
      { bookmarks: [bookmark('a', { note: '本机笔记' }), bookmark('b', { note: '相同' })], readingState: [] },
      { bookmarks: [bookmark('a', { note: '文件笔记' }), bookmark('b', { note: '相同' }), bookmark('c', { note: '' })], readingState: [] },
      everywhere,
    );
    expect(merge.bookmarks).toEqual([bookmark('c')]);
    expect(merge).toMatchObject({ added: 1, existing: 2, noteConflicts: 1 });
  });

  it('keeps the stored note when the file’s is empty', () => {
    const merge = mergeUserData({ bookmarks: [bookmark('a', { note: '本机笔记' })], readingState: [] }, { bookmarks: [bookmark('a')], readingState: [] }, everywhere);
    expect(merge.bookmarks).toEqual([]);
    expect(merge.noteConflicts).toBe(0);
  });

  it('adds a bookmark listed twice in the file once', () => {
    const merge = mergeUserData(
      { bookmarks: [], readingState: [] },
      { bookmarks: [bookmark('a', { addedAt: 3000 }), bookmark('a', { addedAt: 1000, note: '第二条' })], readingState: [] },
      everywhere,
    );
    expect(merge.bookmarks).toEqual([bookmark('a', { addedAt: 1000, note: '第二条' })]);
    expect(merge).toMatchObject({ added: 1, existing: 0 });
  });

  it('keeps the reading state opened last', () => {
    const merge = mergeUserData(
      { bookmarks: [], readingState: [state('older-here', 1000, 0.2), state('newer-here', 9000, 0.9)] },
      { bookmarks: [], readingState: [state('older-here', 5000, 0.7), state('newer-here', 4000, 0.1), state('new', 3000)] },
      everywhere,
    );
    expect(merge.readingState).toEqual([state('older-here', 5000, 0.7), state('new', 3000)]);
  });
});
