import { describe, expect, it } from 'vitest';
import { articleIdBase, assignIds } from '../../../src/corpus/articleId';
import { sha256Hex } from '../../../src/corpus/sha256Hex';
import { createHash } from 'node:crypto';

describe('article ids', () => {
  it('computes SHA-256 like the platform does', () => {
    for (const s of ['', 'abc', '本报讯（记者徐金华）', 'x'.repeat(1000)]) {
      expect(sha256Hex(s)).toBe(createHash('sha256').update(s, 'utf8').digest('hex'));
    }
  });
  it('follows the documented rule: 12 hex digits of SHA-256(source \\n first 20 non-whitespace body characters)', () => {
    const body = '近 段 时 间 ，多国报告的奥密克戎毒株的亚型变异毒株BA.2感染病例';
    const expected = createHash('sha256').update('000.txt\n近段时间，多国报告的奥密克戎毒株的亚型变', 'utf8').digest('hex').slice(0, 12);
    expect(articleIdBase('000.txt', body, null)).toBe(expected);
  });
  it('gives the same text the same id, and suffixes collisions in order', () => {
    const items = [{ body: '焦作市第十四届人民代表大会第二次会议听取和审议了A', title: null }, { body: '焦作市第十四届人民代表大会第二次会议听取和审议了B', title: null }];
    const [a, b] = assignIds('004.txt', items);
    expect(b).toBe(`${a}-2`);
    expect(assignIds('004.txt', items)).toEqual([a, b]);
  });
});
