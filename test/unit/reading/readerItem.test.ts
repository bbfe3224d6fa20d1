import { describe, expect, it } from 'vitest';
import { readerItemsOf } from '../../../src/reading/readerItem';
import { makeItem } from '../../helpers/corpusFixtures';

describe('readerItemsOf', () => {
  it('gives every item of a pack the paper the pack states', () => {
    const items = readerItemsOf({ paper: '焦作日报', items: [{ ...makeItem({ id: 'a' }), source: 'a.txt' }] });
    expect(items).toEqual([{ ...makeItem({ id: 'a' }), source: 'a.txt', paper: '焦作日报' }]);
  });
});
