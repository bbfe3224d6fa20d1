import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { articleHref, homeHref, parseRoute } from '../../../src/routing/route';

describe('parseRoute', () => {
  it('reads an empty hash and #/ as the home page', () => {
    for (const hash of ['', '#', '#/']) expect(parseRoute(hash)).toEqual({ name: 'home' });
    expect(parseRoute(homeHref)).toEqual({ name: 'home' });
  });

  it('reads #/article/<id> as that article', () => {
    expect(parseRoute('#/article/a1b2c3')).toEqual({ name: 'article', id: 'a1b2c3' });
  });

  it('treats anything else as a page that does not exist', () => {
    for (const hash of ['#/article/', '#/article/a/b', '#/articles/a', '#/article/%E0%A4%A', '#foo']) {
      expect(parseRoute(hash)).toEqual({ name: 'notFound' });
    }
  });
});

describe('articleHref', () => {
  it('links to an article that parseRoute reads back, whatever its id', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), (id) => {
        expect(parseRoute(articleHref(id))).toEqual({ name: 'article', id });
      }),
    );
  });

  it('makes a deep link like #/article/<id>', () => {
    expect(articleHref('000_2bc5-3f9a')).toBe('#/article/000_2bc5-3f9a');
  });
});
