// Every released schema version has a fixture: a database as that version left it, with
// bookmarks, notes, reading progress and settings. The current code must open each one and
// find all of it. Adding a schema version without a migration that keeps this data fails here.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listEditionArticles } from '../../../src/db/articlesQueries';
import { getBookmark, listBookmarks } from '../../../src/db/bookmarks';
import { getReadingState, listRecentlyOpened } from '../../../src/db/readingState';
import type { BookmarkRow, ReadingStateRow, RecentSearchRow, SettingRow } from '../../../src/db/rows';
import { listRecentSearches } from '../../../src/db/recentSearches';
import { CURRENT_SCHEMA_VERSION, schemaVersions } from '../../../src/db/schemaVersions';
import { getSettings } from '../../../src/db/settings';
import { createDatabaseAtVersion, type DatabaseFixture } from './helpers/createDatabaseAtVersion';
import { freshIndexedDb, openTestDatabase, TEST_DATABASE_NAME } from './helpers/testDatabase';

const FIXTURES_DIR = join(import.meta.dirname, '../../fixtures/db');

function readFixture(version: number): DatabaseFixture {
  return JSON.parse(readFileSync(join(FIXTURES_DIR, `v${version}.json`), 'utf8')) as DatabaseFixture;
}

/** A fixture's database opened by the current code. */
async function upgradedFrom(fixture: DatabaseFixture) {
  const idb = freshIndexedDb();
  await createDatabaseAtVersion(TEST_DATABASE_NAME, fixture, idb);
  return openTestDatabase(idb);
}

/** Versions with a fixture, as found on disk (the test below checks every released version has one). */
const fixtureVersions = readdirSync(FIXTURES_DIR)
  .map((file) => /^v(\d+)\.json$/.exec(file)?.[1])
  .filter((n) => n !== undefined)
  .map(Number)
  .sort((a, b) => a - b);

const rowsOf = <T>(fixture: DatabaseFixture, table: string) => (fixture.tables[table] ?? []) as T[];

describe('schema versions', () => {
  it('are numbered 1, 2, 3 … and the current one is the last', () => {
    expect(schemaVersions.map((v) => v.version)).toEqual(schemaVersions.map((_, i) => i + 1));
    expect(CURRENT_SCHEMA_VERSION).toBe(schemaVersions.at(-1)?.version);
  });

  it('each have a fixture of a database they created', () => {
    expect(fixtureVersions).toEqual(schemaVersions.map((v) => v.version));
    for (const version of fixtureVersions) expect(readFixture(version).schemaVersion).toBe(version);
  });
});

describe.each(fixtureVersions)('a database created at schema version %i', (version) => {
  const fixture = readFixture(version);
  const bookmarks = rowsOf<BookmarkRow>(fixture, 'bookmarks');
  const readingStates = rowsOf<ReadingStateRow>(fixture, 'readingState');

  it('holds bookmarks with notes, reading progress and settings (or the fixture proves nothing)', () => {
    expect(bookmarks.length).toBeGreaterThanOrEqual(2);
    expect(bookmarks.some((b) => b.note.includes('\n'))).toBe(true);
    expect(bookmarks.some((b) => !b.available)).toBe(true);
    expect(readingStates.some((s) => s.progress > 0 && s.progress < 1)).toBe(true);
    expect(rowsOf(fixture, 'settings').length).toBeGreaterThan(0);
  });

  it('opens with the current code at the current version', async () => {
    const db = await upgradedFrom(fixture);
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    db.close();
  });

  it('keeps every bookmark with its note, date added, snapshot and availability', async () => {
    const db = await upgradedFrom(fixture);
    for (const bookmark of bookmarks) expect(await getBookmark(db, bookmark.articleId)).toEqual(bookmark);
    const newestFirst = [...bookmarks].sort((a, b) => b.addedAt - a.addedAt);
    expect(await listBookmarks(db)).toEqual(newestFirst);
    db.close();
  });

  it('keeps the reading position of every article, and the recently opened order', async () => {
    const db = await upgradedFrom(fixture);
    for (const state of readingStates) expect(await getReadingState(db, state.articleId)).toEqual(state);
    const newestFirst = [...readingStates].sort((a, b) => b.lastOpened - a.lastOpened).map((s) => s.articleId);
    expect((await listRecentlyOpened(db)).map((s) => s.articleId)).toEqual(newestFirst);
    db.close();
  });

  it('keeps the settings and the recent searches', async () => {
    const db = await upgradedFrom(fixture);
    const settings = await getSettings(db);
    for (const { key, value } of rowsOf<SettingRow>(fixture, 'settings')) expect(settings).toHaveProperty(key, value);
    const searches = rowsOf<RecentSearchRow>(fixture, 'recentSearches').sort((a, b) => b.at - a.at);
    expect(await listRecentSearches(db)).toEqual(searches);
    db.close();
  });
});

describe('the v1 fixture', () => {
  it('reads back through the reader queries', async () => {
    const db = await upgradedFrom(readFixture(1));
    const edition = await listEditionArticles(db, { paper: '焦作日报', date: '2022-02-09' });
    expect(edition.map((a) => [a.page, a.order, a.title])).toEqual([
      ['A07', 0, '人工3D脊髓组织植入实验成功'],
      ['A07', 1, '我市启动科技特派员工作'],
    ]);
    db.close();
  });
});

describe('the upgrade to schema version 2', () => {
  it('drops the content hash of every article and the shard index, and keeps the rest of the row', async () => {
    const fixture = readFixture(1);
    const db = await upgradedFrom(fixture);
    expect(db.articles.schema.indexes.map((index) => index.name).sort()).toEqual(['[paperKey+dateKey+pageKey+order]', '[paperKey+dateKey]', 'packId']);
    const before = rowsOf<Record<string, unknown>>(fixture, 'articles');
    expect(before.length).toBeGreaterThan(0);
    const after = await db.articles.toArray();
    expect(after.map((row) => row.id).sort()).toEqual(before.map((row) => row.id).sort());
    for (const row of after) {
      expect(row).not.toHaveProperty('contentHash');
      const { contentHash: _dropped, ...kept } = before.find((old) => old.id === row.id)!;
      expect(row).toEqual(kept);
    }
    db.close();
  });
});
