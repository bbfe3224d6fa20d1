import { describe, expect, it } from 'vitest';
import type { CorpusItem } from '../../../src/corpus/types';
import { groupEditionPages } from '../../../src/reading/groupEditionPages';
import type { ReaderItem } from '../../../src/reading/readerItem';
import { makeItem } from '../../helpers/corpusFixtures';

function readerItem(fields: Partial<CorpusItem> & { id: string; source?: string }): ReaderItem {
  const { source = 'a.txt', ...rest } = fields;
  return { ...makeItem(rest), paper: '焦作日报', source };
}

const outline = (items: ReaderItem[]) => groupEditionPages(items).map((p) => [p.page, p.section, p.items.map((i) => i.id)]);

describe('groupEditionPages', () => {
  it('lists the pages in page order, each with its items in page order', () => {
    const items = [
      readerItem({ id: 'a10', date: '2022-02-09', page: 'A10', section: '文化' }),
      readerItem({ id: 'a2-second', date: '2022-02-09', page: 'A2', section: '要闻', order: 1 }),
      readerItem({ id: 'a2-first', date: '2022-02-09', page: 'A2', section: '要闻', order: 0 }),
    ];
    expect(outline(items)).toEqual([
      ['A2', '要闻', ['a2-first', 'a2-second']],
      ['A10', '文化', ['a10']],
    ]);
  });

  it('lists a page once when the undated pages of several files share its name, the unnumbered page last', () => {
    const items = [
      readerItem({ id: 'x', date: null, page: null, source: 'b.txt' }),
      readerItem({ id: 'b1', date: null, page: 'A01', source: 'b.txt' }),
      readerItem({ id: 'a1', date: null, page: 'A01', source: 'a.txt' }),
    ];
    expect(outline(items).map(([page, , ids]) => [page, ids])).toEqual([
      ['A01', ['a1', 'b1']],
      [null, ['x']],
    ]);
  });

  it('shows a caption with its article rather than as an item of its own', () => {
    const items = [
      readerItem({ id: 'story', date: '2022-02-09', page: 'A07' }),
      readerItem({ id: 'photo', date: '2022-02-09', page: 'A07', kind: 'caption', captionOf: 'story', order: 1 }),
    ];
    expect(outline(items)).toEqual([['A07', null, ['story']]]);
  });
});
