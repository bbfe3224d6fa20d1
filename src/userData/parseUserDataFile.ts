// Reads an imported file strictly: anything that is not exactly a version-1 export is refused
// whole, before the database is touched. Only the known fields are kept, so nothing else in the
// file reaches IndexedDB; strings stay strings (they are rendered as text, never as HTML).
import type { BookmarkRow, ReadingStateRow } from '../db/rows';
import { MAX_USER_DATA_BYTES, MAX_USER_DATA_ENTRIES, USER_DATA_FORMAT, USER_DATA_VERSION } from './userDataFile';

export type UserDataRefusal = 'tooLarge' | 'damaged' | 'foreign' | 'newerVersion' | 'tooMany';

export interface ImportedUserData {
  bookmarks: BookmarkRow[];
  readingState: ReadingStateRow[];
}

export type ParsedUserData = { ok: true; data: ImportedUserData } | { ok: false; refusal: UserDataRefusal };

const maxLength = { articleId: 64, title: 500, note: 10_000, paper: 200, date: 32, page: 32 } as const;

class Damaged extends Error {}

export function parseUserDataFile(text: string): ParsedUserData {
  // UTF-16 length ≤ UTF-8 bytes, so this only catches what File.size did not (text from elsewhere).
  if (text.length > MAX_USER_DATA_BYTES) return { ok: false, refusal: 'tooLarge' };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, refusal: 'damaged' };
  }
  if (!isRecord(json) || json.format !== USER_DATA_FORMAT) return { ok: false, refusal: 'foreign' };
  if (json.version !== USER_DATA_VERSION) {
    return { ok: false, refusal: typeof json.version === 'number' && json.version > USER_DATA_VERSION ? 'newerVersion' : 'damaged' };
  }
  const { bookmarks, readingState } = json;
  if (!Array.isArray(bookmarks) || !Array.isArray(readingState)) return { ok: false, refusal: 'damaged' };
  if (bookmarks.length > MAX_USER_DATA_ENTRIES || readingState.length > MAX_USER_DATA_ENTRIES) return { ok: false, refusal: 'tooMany' };
  try {
    return { ok: true, data: { bookmarks: bookmarks.map(bookmarkOf), readingState: readingState.map(readingStateOf) } };
  } catch (error) {
    if (error instanceof Damaged) return { ok: false, refusal: 'damaged' };
    throw error;
  }
}

function bookmarkOf(value: unknown): BookmarkRow {
  if (!isRecord(value)) throw new Damaged();
  return {
    articleId: text(value.articleId, maxLength.articleId, false),
    addedAt: time(value.addedAt),
    note: text(value.note, maxLength.note),
    title: text(value.title, maxLength.title),
    paper: nullableText(value.paper, maxLength.paper),
    date: nullableText(value.date, maxLength.date),
    page: nullableText(value.page, maxLength.page),
    // Whether the article is stored here is decided on import, not by the file.
    available: false,
  };
}

function readingStateOf(value: unknown): ReadingStateRow {
  if (!isRecord(value)) throw new Damaged();
  const progress = finite(value.progress);
  if (progress < 0 || progress > 1) throw new Damaged();
  const scroll = finite(value.scroll);
  if (scroll < 0) throw new Damaged();
  return { articleId: text(value.articleId, maxLength.articleId, false), scroll, progress, lastOpened: time(value.lastOpened) };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown, max: number, emptyAllowed = true): string {
  if (typeof value !== 'string' || value.length > max || (!emptyAllowed && value === '')) throw new Damaged();
  return value;
}

function nullableText(value: unknown, max: number): string | null {
  return value === null ? null : text(value, max);
}

function finite(value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new Damaged();
  return value;
}

/** ms since the epoch. */
function time(value: unknown): number {
  const ms = finite(value);
  if (ms < 0 || !Number.isInteger(ms)) throw new Damaged();
  return ms;
}
