import { describe, expect, it } from 'vitest';
import { toSearchDoc } from '../../../src/search/toSearchDoc';
import { makeItem } from '../../helpers/corpusFixtures';

describe('toSearchDoc', () => {
  it('keeps what the index needs, with the pack’s paper, the shard and the body joined by line breaks', () => {
    const item = { ...makeItem({ id: 'x1', date: '2022-02-09', page: 'A07', title: '标题', byline: '记者 甲', order: 3, paragraphs: ['第一段。', '第二段。'] }), source: 's.txt' };
    expect(toSearchDoc(item, '焦作日报')).toEqual({
      id: 'x1', shard: '2022-02', paper: '焦作日报', date: '2022-02-09', page: 'A07', section: null, kind: 'article', order: 3,
      source: 's.txt', kicker: null, title: '标题', subtitle: null, byline: '记者 甲', body: '第一段。\n第二段。',
    });
  });

  it('gives an undated item the shard of its seed file', () => {
    expect(toSearchDoc({ ...makeItem({ id: 'x2' }), source: 's.txt' }, null).shard).toBe('src:s.txt');
  });
});
