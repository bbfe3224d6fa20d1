import { describe, expect, it } from 'vitest';
import { findDuplicateItemIds } from '../../../src/build/findDuplicateItemIds';
import { makeDocument, makeItem } from '../../helpers/corpusFixtures';

describe('findDuplicateItemIds', () => {
  it('reports ids used twice, with their files', () => {
    const duplicates = findDuplicateItemIds([
      makeDocument({ source: 'a.txt', items: [makeItem({ id: 'same' }), makeItem({ id: 'a' })] }),
      makeDocument({ source: 'b.txt', items: [makeItem({ id: 'same' })] }),
    ]);
    expect([...duplicates]).toEqual([['same', ['a.txt', 'b.txt']]]);
  });

  it('reports nothing when every id is unique', () => {
    expect(findDuplicateItemIds([makeDocument({ source: 'a.txt', items: [makeItem({ id: 'a' })] })]).size).toBe(0);
  });
});
