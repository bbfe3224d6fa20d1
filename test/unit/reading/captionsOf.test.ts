import { describe, expect, it } from 'vitest';
import { captionsOf } from '../../../src/reading/captionsOf';
import { makeItem } from '../../helpers/corpusFixtures';

describe('captionsOf', () => {
  it('returns the captions that illustrate an item, in page order', () => {
    const items = [
      makeItem({ id: 'story' }),
      makeItem({ id: 'c2', kind: 'caption', captionOf: 'story', order: 5 }),
      makeItem({ id: 'other', kind: 'caption', captionOf: 'elsewhere', order: 1 }),
      makeItem({ id: 'c1', kind: 'caption', captionOf: 'story', order: 2 }),
    ];
    expect(captionsOf('story', items).map((c) => c.id)).toEqual(['c1', 'c2']);
  });

  it('returns nothing for an item without captions', () => {
    expect(captionsOf('story', [makeItem({ id: 'story' })])).toEqual([]);
  });
});
