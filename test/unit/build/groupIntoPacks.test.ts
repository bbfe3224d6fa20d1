import { describe, expect, it } from 'vitest';
import { groupIntoPacks } from '../../../src/build/groupIntoPacks';
import { editionPackId, sourcePackId } from '../../../src/build/packId';
import { makeDocument, makeItem } from '../../helpers/corpusFixtures';

const paper = '焦作日报';
const dated = (page: string, date: string | null) => ({ page, section: null, date });

describe('groupIntoPacks', () => {
  it('puts the pages of one edition from several seed files into one pack', () => {
    const packs = groupIntoPacks([
      makeDocument({
        source: 'b.txt',
        paper,
        pages: [dated('A07', '2022-02-09')],
        items: [makeItem({ id: 'b1', page: 'A07', date: '2022-02-09' })],
      }),
      makeDocument({
        source: 'a.txt',
        paper,
        pages: [dated('A01', '2022-02-09')],
        items: [makeItem({ id: 'a1', page: 'A01', date: '2022-02-09' })],
      }),
    ]);
    expect(packs).toHaveLength(1);
    const [edition] = packs;
    expect(edition).toMatchObject({ id: editionPackId(paper, '2022-02-09'), paper, date: '2022-02-09', source: null });
    // Seed files in name order, each item keeping its source.
    expect(edition?.items.map((i) => [i.id, i.source])).toEqual([
      ['a1', 'a.txt'],
      ['b1', 'b.txt'],
    ]);
    expect(edition?.pages.map((p) => [p.page, p.source])).toEqual([
      ['A01', 'a.txt'],
      ['A07', 'b.txt'],
    ]);
  });

  it('keeps different dates and different papers apart', () => {
    const packs = groupIntoPacks([
      makeDocument({ source: 'a.txt', paper, items: [makeItem({ id: 'a', date: '2022-02-09' })] }),
      makeDocument({ source: 'b.txt', paper, items: [makeItem({ id: 'b', date: '2022-02-10' })] }),
      makeDocument({ source: 'c.txt', paper: '大河报', items: [makeItem({ id: 'c', date: '2022-02-09' })] }),
    ]);
    expect(packs.map((p) => [p.paper, p.date, p.items.map((i) => i.id)])).toEqual([
      ['大河报', '2022-02-09', ['c']],
      [paper, '2022-02-09', ['a']],
      [paper, '2022-02-10', ['b']],
    ]);
  });

  it('gives undated items one pack per seed file instead of guessing an edition', () => {
    const packs = groupIntoPacks([
      makeDocument({
        source: 'x.txt',
        paper,
        pages: [dated('A07', '2022-02-09'), dated('B01', null)],
        items: [makeItem({ id: 'dated', date: '2022-02-09' }), makeItem({ id: 'undated', page: 'B01' })],
      }),
      makeDocument({ source: 'y.txt', paper, items: [makeItem({ id: 'y' })] }),
    ]);
    expect(packs.map((p) => [p.id, p.date, p.source, p.items.map((i) => i.id)])).toEqual([
      [editionPackId(paper, '2022-02-09'), '2022-02-09', null, ['dated']],
      [sourcePackId('x.txt'), null, 'x.txt', ['undated']],
      [sourcePackId('y.txt'), null, 'y.txt', ['y']],
    ]);
    expect(packs[1]?.pages).toEqual([{ page: 'B01', section: null, date: null, source: 'x.txt' }]);
  });

  it('does not put a dated item of an unnamed paper into an edition', () => {
    const [pack] = groupIntoPacks([
      makeDocument({ source: 'n.txt', paper: null, items: [makeItem({ id: 'n', date: '2022-02-09' })] }),
    ]);
    expect(pack).toMatchObject({ id: sourcePackId('n.txt'), paper: null, date: null, source: 'n.txt' });
    expect(pack?.items[0]?.date).toBe('2022-02-09');
  });

  it('keeps furniture and residue with the edition when the whole file is that edition', () => {
    const [pack] = groupIntoPacks([
      makeDocument({
        source: 'a.txt',
        paper,
        pages: [dated('A07', '2022-02-09')],
        items: [makeItem({ id: 'a', date: '2022-02-09' })],
        furniture: ['JIAOZUO DAILY'],
        residue: ['人'],
      }),
    ]);
    expect(pack?.furniture).toEqual([{ source: 'a.txt', text: 'JIAOZUO DAILY' }]);
    expect(pack?.residue).toEqual([{ source: 'a.txt', text: '人' }]);
  });

  it('keeps furniture of a file spanning two dates in its source pack, and loses nothing', () => {
    const packs = groupIntoPacks([
      makeDocument({
        source: 'a.txt',
        paper,
        pages: [dated('A01', '2022-02-09'), dated('A01', '2022-02-10')],
        items: [makeItem({ id: '9', date: '2022-02-09' }), makeItem({ id: '10', date: '2022-02-10' })],
        furniture: ['报头'],
      }),
    ]);
    expect(packs.map((p) => p.id)).toEqual([
      editionPackId(paper, '2022-02-09'),
      editionPackId(paper, '2022-02-10'),
      sourcePackId('a.txt'),
    ]);
    expect(packs[2]).toMatchObject({ items: [], furniture: [{ source: 'a.txt', text: '报头' }] });
  });

  it('gives a file with no items a pack for its residue', () => {
    const packs = groupIntoPacks([makeDocument({ source: 'empty.txt', residue: ['乱码'] })]);
    expect(packs).toEqual([
      {
        id: sourcePackId('empty.txt'),
        paper: null,
        date: null,
        source: 'empty.txt',
        pages: [],
        items: [],
        furniture: [],
        residue: [{ source: 'empty.txt', text: '乱码' }],
      },
    ]);
  });

  it('returns the same packs whatever order the documents come in', () => {
    const docs = [
      makeDocument({ source: 'a.txt', paper, items: [makeItem({ id: 'a', date: '2022-02-09' })] }),
      makeDocument({ source: 'b.txt', items: [makeItem({ id: 'b' })] }),
      makeDocument({ source: 'c.txt', paper, items: [makeItem({ id: 'c', date: '2022-02-09' })] }),
    ];
    expect(groupIntoPacks([...docs].reverse())).toEqual(groupIntoPacks(docs));
  });
});

describe('groupIntoPacks on an empty file', () => {
  it('makes no pack for a file with nothing in it', () => {
    expect(groupIntoPacks([makeDocument({ source: 'blank.txt' })])).toEqual([]);
  });
});
