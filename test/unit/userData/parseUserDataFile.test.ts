import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BookmarkRow, ReadingStateRow } from '../../../src/db/rows';
import { parseUserDataFile } from '../../../src/userData/parseUserDataFile';
import { MAX_USER_DATA_ENTRIES, userDataFileOf } from '../../../src/userData/userDataFile';

const bookmark: BookmarkRow = {
  articleId: 'fd32062a99bd',
  addedAt: 1_700_000_000_000,
  note: '周末给孩子读',
  title: '人工3D脊髓组织或可让瘫痪者重新行走',
  paper: '焦作日报',
  date: '2022-02-09',
  page: 'A07',
  available: true,
};
const state: ReadingStateRow = { articleId: 'fd32062a99bd', scroll: 420, progress: 0.5, lastOpened: 1_700_000_100_000 };

const fileText = (fields: Record<string, unknown> = {}) =>
  JSON.stringify({ ...userDataFileOf([bookmark], [state], new Date(0)), ...fields });
const refusalOf = (text: string) => {
  const parsed = parseUserDataFile(text);
  return parsed.ok ? 'accepted' : parsed.refusal;
};

describe('parseUserDataFile', () => {
  it('reads back what the export wrote; availability is decided on import, not by the file', () => {
    expect(parseUserDataFile(fileText())).toEqual({ ok: true, data: { bookmarks: [{ ...bookmark, available: false }], readingState: [state] } });
  });

  it('refuses a JSON file that is not a Dubao export', () => {
    expect(refusalOf('{"name":"some-package","version":"1.0.0"}')).toBe('foreign');
    expect(refusalOf('[1, 2, 3]')).toBe('foreign');
    expect(refusalOf('"dubao-user-data"')).toBe('foreign');
    expect(refusalOf(fileText({ format: 'other-reader' }))).toBe('foreign');
  });

  it('refuses another version: a newer one says so, a nonsense one is damaged', () => {
    expect(refusalOf(fileText({ version: 2 }))).toBe('newerVersion');
    expect(refusalOf(fileText({ version: '1' }))).toBe('damaged');
    expect(refusalOf(fileText({ version: 0 }))).toBe('damaged');
  });

  it('refuses a truncated or non-JSON file as damaged', () => {
    const text = fileText();
    expect(refusalOf(text.slice(0, text.length - 10))).toBe('damaged');
    expect(refusalOf('')).toBe('damaged');
    expect(refusalOf('\u0089PNG\r\n')).toBe('damaged');
  });

  it('refuses the whole file when one entry has a wrong field', () => {
    const damaged = [
      { ...bookmark, articleId: 12 },
      { ...bookmark, articleId: '' },
      { ...bookmark, addedAt: '2024-01-01' },
      { ...bookmark, addedAt: -1 },
      { ...bookmark, note: null },
      { ...bookmark, paper: 7 },
      { ...bookmark, title: 'x'.repeat(501) },
      { ...bookmark, note: '长'.repeat(10_001) },
      { ...bookmark, articleId: 'a'.repeat(65) },
      null,
      'fd32062a99bd',
    ];
    for (const entry of damaged) {
      expect(refusalOf(fileText({ bookmarks: [bookmark, entry] })), JSON.stringify(entry)?.slice(0, 60)).toBe('damaged');
    }
    for (const entry of [{ ...state, progress: 1.5 }, { ...state, scroll: -3 }, { ...state, lastOpened: null }, { ...state, progress: 'half' }]) {
      expect(refusalOf(fileText({ readingState: [entry] })), JSON.stringify(entry)).toBe('damaged');
    }
    expect(refusalOf(fileText({ bookmarks: {} }))).toBe('damaged');
    expect(refusalOf(fileText({ readingState: undefined }))).toBe('damaged');
  });

  it('keeps hostile strings as plain data and drops fields it does not know', () => {
    const hostile = '<script>alert(1)</script><img src=x onerror=alert(2)>';
    // A "__proto__" key in JSON is an own property of the parsed object: it must not become a prototype.
    const text = fileText({ bookmarks: [{ ...bookmark, title: hostile, note: hostile, extra: 'x' }] }).replace(
      '"extra":"x"',
      '"extra":"x","__proto__":{"polluted":true}',
    );
    expect(text).toContain('"__proto__"');
    const parsed = parseUserDataFile(text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const [row] = parsed.data.bookmarks;
    expect(row?.title).toBe(hostile);
    expect(row?.note).toBe(hostile);
    expect(Object.keys(row ?? {}).sort()).toEqual(['addedAt', 'articleId', 'available', 'date', 'note', 'page', 'paper', 'title']);
    expect((row as unknown as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses a file with too many entries, and one too large to read', () => {
    const many = Array.from({ length: MAX_USER_DATA_ENTRIES + 1 }, (_, i) => ({ ...state, articleId: `a${i}` }));
    expect(refusalOf(fileText({ readingState: many }))).toBe('tooMany');
    expect(refusalOf(fileText({ readingState: many.slice(1) }))).toBe('accepted');
    expect(refusalOf(fileText({ bookmarks: Array.from({ length: MAX_USER_DATA_ENTRIES + 1 }, () => bookmark) }))).toBe('tooMany');
    expect(refusalOf(' '.repeat(5 * 1024 * 1024 + 1) + fileText())).toBe('tooLarge');
  });

  // Whatever a file holds, the answer is a refusal or rows of the right shape: never an exception
  // (which the page would report as an unexplained failure).
  const refusals = ['tooLarge', 'damaged', 'foreign', 'newerVersion', 'tooMany'];
  const expectSafe = (text: string): void => {
    const parsed = parseUserDataFile(text);
    if (!parsed.ok) {
      expect(refusals).toContain(parsed.refusal);
      return;
    }
    for (const row of parsed.data.bookmarks) {
      expect(Object.keys(row).sort()).toEqual(['addedAt', 'articleId', 'available', 'date', 'note', 'page', 'paper', 'title']);
      expect(row.available).toBe(false);
      expect(typeof row.articleId === 'string' && row.articleId !== '').toBe(true);
    }
    for (const row of parsed.data.readingState) expect(row.progress >= 0 && row.progress <= 1).toBe(true);
  };

  it('never throws on any JSON or any text (property)', () => {
    fc.assert(fc.property(fc.oneof(fc.json(), fc.string({ unit: 'binary' })), expectSafe), { numRuns: 500, seed: 20261129 });
  });

  it('never throws when any field of an export is replaced by any JSON value (property)', () => {
    const exported = JSON.parse(fileText()) as Record<string, unknown> & { bookmarks: Record<string, unknown>[]; readingState: Record<string, unknown>[] };
    const fields = [...Object.keys(exported).map((key) => ['file', key]), ...Object.keys(bookmark).map((key) => ['bookmark', key]), ...Object.keys(state).map((key) => ['state', key])];
    fc.assert(
      fc.property(fc.constantFrom(...fields), fc.jsonValue(), ([where, key], value) => {
        const file = structuredClone(exported);
        const target = where === 'file' ? file : where === 'bookmark' ? file.bookmarks[0] : file.readingState[0];
        target[key] = value;
        expectSafe(JSON.stringify(file));
      }),
      { numRuns: 500, seed: 20261129 },
    );
  });

  it('refuses a file nested a million arrays deep as damaged', () => {
    expect(refusalOf(fileText().replace('"bookmarks":[', `"bookmarks":[${'['.repeat(1_000_000)}${']'.repeat(1_000_000)},`))).toBe('damaged');
  });
});
