import { describe, expect, it } from 'vitest';
import type { CorpusItem } from '../../../src/corpus/types';
import { groupItemsForHome, type PaperGroup } from '../../../src/reading/groupItemsForHome';
import type { ReaderItem } from '../../../src/reading/readerItem';
import { makeItem } from '../../helpers/corpusFixtures';

function readerItem(fields: Partial<CorpusItem> & { id: string; paper?: string | null; source?: string }): ReaderItem {
  const { paper = null, source = 'a.txt', ...rest } = fields;
  return { ...makeItem(rest), paper, source };
}

/** paper / date-or-source / page / ids, the outline a reader sees. */
function outline(groups: PaperGroup[]) {
  return groups.map((p) => [
    p.paper,
    p.dates.map((d) => [d.date ?? `undated ${d.source}`, d.pages.map((g) => [g.page, g.items.map((i) => i.id)])]),
  ]);
}

describe('groupItemsForHome', () => {
  it('groups by paper, then date with the newest first, then page in page order', () => {
    const items = [
      readerItem({ id: 'old', paper: '焦作日报', date: '2022-02-08', page: 'A01' }),
      readerItem({ id: 'a10', paper: '焦作日报', date: '2022-02-09', page: 'A10' }),
      readerItem({ id: 'a2-second', paper: '焦作日报', date: '2022-02-09', page: 'A2', order: 1 }),
      readerItem({ id: 'a2-first', paper: '焦作日报', date: '2022-02-09', page: 'A2', order: 0 }),
    ];
    expect(outline(groupItemsForHome(items))).toEqual([
      [
        '焦作日报',
        [
          ['2022-02-09', [['A2', ['a2-first', 'a2-second']], ['A10', ['a10']]]],
          ['2022-02-08', [['A01', ['old']]]],
        ],
      ],
    ]);
  });

  it('keeps unstated paper, date and page as null, listed last, undated items per seed file', () => {
    const items = [
      readerItem({ id: 'no-paper', date: '2022-02-09', page: 'A01' }),
      readerItem({ id: 'undated-b', paper: '焦作日报', source: 'b.txt' }),
      readerItem({ id: 'undated-a', paper: '焦作日报', source: 'a.txt', page: 'B01' }),
      readerItem({ id: 'dated', paper: '焦作日报', date: '2022-02-09', source: 'a.txt' }),
    ];
    expect(outline(groupItemsForHome(items))).toEqual([
      [
        '焦作日报',
        [
          ['2022-02-09', [[null, ['dated']]]],
          ['undated a.txt', [['B01', ['undated-a']]]],
          ['undated b.txt', [[null, ['undated-b']]]],
        ],
      ],
      [null, [['2022-02-09', [['A01', ['no-paper']]]]]],
    ]);
    const undated = groupItemsForHome(items)[0]?.dates[1];
    expect(undated).toMatchObject({ date: null, source: 'a.txt' });
  });

  it('lists captions with their article, and a caption with no article on its own', () => {
    const items = [
      readerItem({ id: 'story' }),
      readerItem({ id: 'caption', kind: 'caption', captionOf: 'story', order: 1 }),
      readerItem({ id: 'orphan', kind: 'caption', captionOf: 'missing', order: 2 }),
      readerItem({ id: 'loose', kind: 'caption', order: 3 }),
    ];
    expect(outline(groupItemsForHome(items))).toEqual([[null, [['undated a.txt', [[null, ['story', 'orphan', 'loose']]]]]]]);
  });

  it('gives no groups for no items', () => {
    expect(groupItemsForHome([])).toEqual([]);
  });
});
