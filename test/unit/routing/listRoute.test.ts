import { describe, expect, it } from 'vitest';
import { isListRoute, restoresScroll } from '../../../src/routing/listRoute';
import { parseRoute } from '../../../src/routing/route';

const home = parseRoute('#/');
const article = parseRoute('#/article/550e29afef97');
const search = parseRoute('#/search?q=奥密克戎');
const edition = parseRoute(`#/edition/${encodeURIComponent('焦作日报')}/2022-02-09`);
const bookmarks = parseRoute('#/bookmarks');
const settings = parseRoute('#/settings');

describe('isListRoute', () => {
  it('is true of the pages that list articles, false of the others', () => {
    expect([home, search, edition, bookmarks].map(isListRoute)).toEqual([true, true, true, true]);
    expect([article, settings, parseRoute('#/nowhere')].map(isListRoute)).toEqual([false, false, false]);
  });
});

describe('restoresScroll', () => {
  it('puts a list back when the reader returns to it by back or forward', () => {
    expect(restoresScroll(home, settings, true)).toBe(true);
    expect(restoresScroll(search, article, true)).toBe(true);
  });

  it('puts a list back when the reader comes to it from an article by a link', () => {
    expect(restoresScroll(home, article, false)).toBe(true);
    expect(restoresScroll(edition, article, false)).toBe(true);
  });

  it('opens a list afresh otherwise, and never moves a page that is not a list', () => {
    expect(restoresScroll(home, bookmarks, false)).toBe(false);
    expect(restoresScroll(home, null, false)).toBe(false);
    expect(restoresScroll(article, home, true)).toBe(false);
    expect(restoresScroll(settings, article, true)).toBe(false);
  });
});
