import { describe, expect, it } from 'vitest';
import { shareArticle } from '../../../src/actions/shareArticle';

const content = { title: '标题', text: '摘要', url: 'http://127.0.0.1:4173/#/article/x1' };

function environment(share?: (data: ShareData) => Promise<void>, copied = true) {
  const shared: ShareData[] = [];
  const clipboard: string[] = [];
  return {
    shared,
    clipboard,
    env: {
      share: share && (async (data: ShareData) => (shared.push(data), share(data))),
      copy: async (text: string) => (clipboard.push(text), copied),
    },
  };
}

describe('shareArticle', () => {
  it('uses the system share sheet when there is one', async () => {
    const { env, shared, clipboard } = environment(async () => {});
    expect(await shareArticle(content, {}, env)).toBe('shared');
    expect(shared).toEqual([content]);
    expect(clipboard).toEqual([]);
  });

  it('copies the link without a share sheet, and the passage with it for a quote', async () => {
    const { env, clipboard } = environment();
    expect(await shareArticle(content, {}, env)).toBe('copied');
    expect(await shareArticle(content, { quote: true }, env)).toBe('copied');
    expect(clipboard).toEqual([content.url, `摘要\n${content.url}`]);
  });

  it('does nothing more when the reader closes the share sheet, and copies when sharing is refused', async () => {
    const cancelled = environment(() => Promise.reject(new DOMException('closed', 'AbortError')));
    expect(await shareArticle(content, {}, cancelled.env)).toBe('cancelled');
    expect(cancelled.clipboard).toEqual([]);
    const refused = environment(() => Promise.reject(new DOMException('no', 'NotAllowedError')));
    expect(await shareArticle(content, {}, refused.env)).toBe('copied');
    expect(refused.clipboard).toEqual([content.url]);
  });

  it('says so when the link cannot be copied either', async () => {
    expect(await shareArticle(content, {}, environment(undefined, false).env)).toBe('failed');
  });
});
