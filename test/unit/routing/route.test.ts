import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  articleHref,
  bookmarksHref,
  editionHref,
  emptySearch,
  homeHref,
  parseRoute,
  sameSearch,
  searchHref,
  settingsHref,
  storageHref,
} from '../../../src/routing/route';

describe('parseRoute', () => {
  it('reads an empty hash and #/ as the home page', () => {
    for (const hash of ['', '#', '#/']) expect(parseRoute(hash)).toEqual({ name: 'home' });
    expect(parseRoute(homeHref)).toEqual({ name: 'home' });
  });

  it('reads #/article/<id> as that article', () => {
    expect(parseRoute('#/article/a1b2c3')).toEqual({ name: 'article', id: 'a1b2c3', highlight: '' });
  });

  it('reads #/bookmarks as the bookmarks', () => {
    expect(parseRoute(bookmarksHref)).toEqual({ name: 'bookmarks' });
    expect(parseRoute('#/bookmarks')).toEqual({ name: 'bookmarks' });
  });

  it('reads #/storage as the offline and storage page', () => {
    expect(parseRoute(storageHref)).toEqual({ name: 'storage' });
    expect(parseRoute('#/storage/x')).toEqual({ name: 'notFound' });
  });

  it('reads #/settings as the reading settings', () => {
    expect(parseRoute(settingsHref)).toEqual({ name: 'settings' });
    expect(parseRoute('#/settings?x=1')).toEqual({ name: 'settings' });
  });

  it('reads #/edition/<paper>/<date> as that edition, and a third part as a page of it', () => {
    const edition = { paper: '焦作日报', date: '2022-02-09' };
    expect(parseRoute('#/edition/%E7%84%A6%E4%BD%9C%E6%97%A5%E6%8A%A5/2022-02-09')).toEqual({ name: 'edition', edition, at: null });
    expect(parseRoute('#/edition/%E7%84%A6%E4%BD%9C%E6%97%A5%E6%8A%A5/2022-02-09/A07')).toEqual({
      name: 'edition',
      edition,
      at: { page: 'A07' },
    });
  });

  it('reads - in an edition link as a paper, date or page the text does not state', () => {
    expect(parseRoute('#/edition/-/-/-')).toEqual({ name: 'edition', edition: { paper: null, date: null }, at: { page: null } });
    expect(parseRoute('#/edition/%2D/2022-02-09')).toEqual({ name: 'edition', edition: { paper: '-', date: '2022-02-09' }, at: null });
  });

  it('treats anything else as a page that does not exist', () => {
    for (const hash of ['#/edition', '#/edition/a', '#/edition/a/', '#/edition/a/b/c/d', '#/edition//b', '#/edition/a/%E0%A4%A']) {
      expect(parseRoute(hash)).toEqual({ name: 'notFound' });
    }
    for (const hash of ['#/settings/a', '#/bookmarks/a1', '#/bookmark', '#/article/', '#/article/a/b', '#/articles/a', '#/article/%E0%A4%A', '#foo']) {
      expect(parseRoute(hash)).toEqual({ name: 'notFound' });
    }
  });
});

describe('editionHref', () => {
  it('links to an edition, or a page of it, that parseRoute reads back, whatever the names', () => {
    const part = fc.option(fc.string({ minLength: 1 }), { nil: null });
    fc.assert(
      fc.property(part, part, part, (paper, date, page) => {
        expect(parseRoute(editionHref({ paper, date }))).toEqual({ name: 'edition', edition: { paper, date }, at: null });
        expect(parseRoute(editionHref({ paper, date }, { page }))).toEqual({ name: 'edition', edition: { paper, date }, at: { page } });
      }),
    );
  });

  it('writes - for what the text does not state and keeps the link readable', () => {
    expect(editionHref({ paper: '焦作日报', date: null })).toBe('#/edition/%E7%84%A6%E4%BD%9C%E6%97%A5%E6%8A%A5/-');
    expect(editionHref({ paper: null, date: '2022-02-09' }, { page: 'A07' })).toBe('#/edition/-/2022-02-09/A07');
  });
});

describe('articleHref', () => {
  it('links to an article that parseRoute reads back, whatever its id', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), (id) => {
        expect(parseRoute(articleHref(id))).toEqual({ name: 'article', id, highlight: '' });
      }),
    );
  });

  it('makes a deep link like #/article/<id>', () => {
    expect(articleHref('000_2bc5-3f9a')).toBe('#/article/000_2bc5-3f9a');
  });
});

describe('search routes', () => {
  it('reads #/search with its query and filters', () => {
    expect(parseRoute('#/search')).toEqual({ name: 'search', params: emptySearch });
    expect(parseRoute('#/search?q=%E5%A5%A5%E5%AF%86%E5%85%8B%E6%88%8E&paper=焦作日报&from=2022-02-01&to=2022-02-28&kind=brief')).toEqual({
      name: 'search',
      params: { q: '奥密克戎', paper: '焦作日报', from: '2022-02-01', to: '2022-02-28', kind: 'brief' },
    });
  });

  it('keeps spaces and quotes of a query, and drops filters it cannot read', () => {
    expect(parseRoute('#/search?q=%22%E9%AB%98%E8%80%83%22+%E6%95%99%E8%82%B2&from=yesterday&kind=poem')).toEqual({
      name: 'search',
      params: { ...emptySearch, q: '"高考" 教育' },
    });
  });

  it('reads the query of an article link as what to mark in it', () => {
    expect(parseRoute('#/article/86dc4ca7d812?q=%E5%A5%A5%E5%AF%86%E5%85%8B%E6%88%8E')).toEqual({
      name: 'article',
      id: '86dc4ca7d812',
      highlight: '奥密克戎',
    });
  });

  it('makes links that parse back to the same search, whatever the text', () => {
    fc.assert(
      fc.property(fc.string(), fc.option(fc.string({ minLength: 1 }), { nil: null }), (q, paper) => {
        const route = parseRoute(searchHref({ q, paper }));
        expect(route).toEqual({ name: 'search', params: { ...emptySearch, q, paper } });
      }),
    );
    expect(searchHref({ q: '', paper: null })).toBe('#/search');
  });

  it('makes article links with a query to mark, and without when there is none', () => {
    expect(articleHref('a1', '')).toBe('#/article/a1');
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), fc.string().filter((q) => q.trim() !== ''), (id, q) => {
        expect(parseRoute(articleHref(id, q))).toEqual({ name: 'article', id, highlight: q });
      }),
    );
  });

  it('compares searches by every parameter', () => {
    expect(sameSearch(emptySearch, { ...emptySearch })).toBe(true);
    expect(sameSearch(emptySearch, { ...emptySearch, kind: 'article' })).toBe(false);
  });
});
