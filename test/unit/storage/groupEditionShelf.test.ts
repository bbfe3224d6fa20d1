import { describe, expect, it } from 'vitest';
import type { ManifestEntry } from '../../../src/build/packFormat';
import { keepEverything } from '../../../src/db/offlineChoice';
import type { PackRow } from '../../../src/db/rows';
import { groupEditionShelf } from '../../../src/storage/groupEditionShelf';

function entry(id: string, paper: string | null, date: string | null, count: number, source: string | null = null): ManifestEntry {
  return { id, file: `corpus/${id}.json`, hash: 'h', size: count * 1000, count, paper, date, source };
}
const stored = (e: ManifestEntry, state: PackRow['state'] = 'complete'): PackRow => ({ ...e, state, shards: [], ingestedAt: 1 });

const feb9 = entry('e-0209', '焦作日报', '2022-02-09', 13);
const feb10 = entry('e-0210', '焦作日报', '2022-02-10', 10);
const march = entry('e-0301', '焦作日报', '2022-03-01', 7);
const undated = entry('src-000', '焦作日报', null, 9, '000.txt');
const unnamed = entry('src-001', null, null, 22, '001.txt');

describe('groupEditionShelf', () => {
  it('lists papers (the unnamed first), months newest first with the undated pages last, dates newest first', () => {
    const papers = groupEditionShelf(
      { packs: [feb9, feb10, march, undated, unnamed].map((e) => stored(e)), setAside: [], choice: keepEverything },
      { 'e-0209': 100, 'e-0210': 200, 'e-0301': 300, 'src-000': 400, 'src-001': 500 },
    );
    expect(papers.map((p) => p.paper)).toEqual([null, '焦作日报']);
    const jiaozuo = papers[1];
    expect(jiaozuo?.months.map((m) => m.month)).toEqual(['2022-03', '2022-02', null]);
    expect(jiaozuo?.months[1]?.editions.map((e) => e.date)).toEqual(['2022-02-10', '2022-02-09']);
    expect(jiaozuo?.months[1]?.stored).toEqual({ editions: 2, items: 23, bytes: 300 });
    expect(jiaozuo?.stored).toEqual({ editions: 4, items: 39, bytes: 1000 });
  });

  it('shows set-aside editions with their download size and what left them out, outside the stored totals', () => {
    const papers = groupEditionShelf(
      {
        packs: [stored(feb10), stored(march, 'ingesting')],
        setAside: [feb9, unnamed],
        choice: { papers: [''], months: [], packs: [feb9.id] },
      },
      null,
    );
    const [none, jiaozuo] = papers;
    expect(none).toMatchObject({ leftOut: true, stored: { editions: 0, items: 0, bytes: 0 } });
    expect(none?.months[0]?.editions[0]).toMatchObject({ state: 'setAside', leftOutBy: 'paper', bytes: 22_000 });
    const february = jiaozuo?.months.find((m) => m.month === '2022-02');
    expect(february?.editions.map((e) => [e.packId, e.state, e.leftOutBy])).toEqual([
      ['e-0210', 'stored', null],
      ['e-0209', 'setAside', 'pack'],
    ]);
    // Sizes not estimated yet: the totals say so rather than a wrong figure.
    expect(february?.stored).toEqual({ editions: 1, items: 10, bytes: null });
    expect(jiaozuo?.months.find((m) => m.month === '2022-03')?.editions[0]?.state).toBe('downloading');
  });

  it('lists a pack being deleted once, as stored', () => {
    const papers = groupEditionShelf({ packs: [stored(feb9)], setAside: [feb9], choice: { papers: [], months: [], packs: [feb9.id] } }, null);
    expect(papers[0]?.months[0]?.editions).toHaveLength(1);
    expect(papers[0]?.months[0]?.editions[0]).toMatchObject({ state: 'stored', leftOutBy: 'pack' });
  });
});
