import { describe, expect, it } from 'vitest';
import { articleExcerpt, articleLink, articleShare, clipboardTextOf, quoteShare } from '../../../src/sharing/shareContent';

describe('shareContent', () => {
  it('links to the article by its hash route, under the page’s own address', () => {
    expect(articleLink('fd32062a99bd', 'http://127.0.0.1:4173/#/bookmarks')).toBe('http://127.0.0.1:4173/#/article/fd32062a99bd');
    expect(articleLink('a b', 'https://example.org/papers/index.html?x=1#/article/old?q=冰')).toBe(
      'https://example.org/papers/index.html?x=1#/article/a%20b',
    );
  });

  it('takes the first 60 characters of the body, on one line', () => {
    const body = ['本报讯（记者 张三）', '  第二段\n开始。' + '字'.repeat(80)];
    const excerpt = articleExcerpt(body);
    expect(excerpt.startsWith('本报讯（记者 张三） 第二段 开始。')).toBe(true);
    expect([...excerpt]).toHaveLength(61);
    expect(excerpt.endsWith('…')).toBe(true);
    expect(articleExcerpt(['短文。'])).toBe('短文。');
  });

  it('quotes a passage in corner brackets with its headline, and copies the link after the text', () => {
    const url = 'http://127.0.0.1:4173/#/article/x1';
    const quote = quoteShare(' 科技特派员\n二百名 ', '我市选派科技特派员', url);
    expect(quote).toEqual({ title: '我市选派科技特派员', text: '「科技特派员 二百名」——我市选派科技特派员', url });
    expect(clipboardTextOf(quote, true)).toBe(`「科技特派员 二百名」——我市选派科技特派员\n${url}`);
    expect(clipboardTextOf(articleShare('标题', ['正文'], url), false)).toBe(url);
  });
});
