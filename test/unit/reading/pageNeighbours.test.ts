import { describe, expect, it } from 'vitest';
import { pageNeighbours } from '../../../src/reading/pageNeighbours';
import { makeItem } from '../../helpers/corpusFixtures';

const ids = (n: { previous: { id: string } | null; next: { id: string } | null }) => [n.previous?.id ?? null, n.next?.id ?? null];

describe('pageNeighbours', () => {
  const page = [
    makeItem({ id: 'c', order: 2 }),
    makeItem({ id: 'a', order: 0 }),
    makeItem({ id: 'photo', kind: 'caption', captionOf: 'a', order: 1 }),
    makeItem({ id: 'd', order: 3 }),
    makeItem({ id: 'loose', kind: 'caption', captionOf: null, order: 4 }),
  ];

  it('finds the items before and after an article in page order', () => {
    expect(ids(pageNeighbours(page, 'c'))).toEqual(['a', 'd']);
  });

  it('has no previous for the first item and no next for the last', () => {
    expect(ids(pageNeighbours(page, 'a'))).toEqual([null, 'c']);
    expect(ids(pageNeighbours(page, 'loose'))).toEqual(['d', null]);
  });

  it("skips the captions of an article on the page, but not a caption that stands alone", () => {
    expect(ids(pageNeighbours(page, 'd'))).toEqual(['c', 'loose']);
  });

  it('still places a caption that is itself the open item', () => {
    expect(ids(pageNeighbours(page, 'photo'))).toEqual(['a', 'c']);
  });

  it('has no neighbours for an id not on the page', () => {
    expect(ids(pageNeighbours(page, 'elsewhere'))).toEqual([null, null]);
  });
});
