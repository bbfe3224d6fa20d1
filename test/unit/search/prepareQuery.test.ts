import { describe, expect, it } from 'vitest';
import { prepareQuery } from '../../../src/search/prepareQuery';

describe('prepareQuery', () => {
  it('normalizes each term', async () => {
    expect(await prepareQuery('ＢＡ．２  "Covid 19"')).toEqual([
      { text: 'ba.2', variants: ['ba.2'] },
      { text: 'covid19', variants: ['covid19'] },
    ]);
  });

  it('searches a traditional term in simplified, and as typed', async () => {
    expect(await prepareQuery('奧密克戎')).toEqual([{ text: '奥密克戎', variants: ['奥密克戎', '奧密克戎'] }]);
  });

  it('keeps a repeated term once and drops terms that normalize to nothing', async () => {
    expect(await prepareQuery('科协 科协 \u200b 科協')).toEqual([{ text: '科协', variants: ['科协'] }]);
  });
});

describe('prepareQuery limits', () => {
  it('searches at most MAX_TERMS terms', async () => {
    const { MAX_TERMS } = await import('../../../src/search/prepareQuery');
    const query = Array.from({ length: 40 }, (_, i) => `词${i}`).join(' ');
    expect(await prepareQuery(query)).toHaveLength(MAX_TERMS);
  });
});
