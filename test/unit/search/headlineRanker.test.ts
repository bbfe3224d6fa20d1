import { describe, expect, it } from 'vitest';
import { HeadlineRanker, rankerTokens } from '../../../src/search/headlineRanker';
import type { ShardDoc } from '../../../src/search/types';

const doc = (id: string, headline: string): ShardDoc => ({ id, paper: null, date: null, page: null, section: null, kind: 'article', headline, byline: null });

describe('rankerTokens', () => {
  it('keeps Latin words and numbers whole and cuts Chinese into bigrams', () => {
    expect(rankerTokens('ＢＡ.2 毒株 COVID-19 奥密克戎')).toEqual(['ba.2', '毒株', 'covid-19', '奥密', '密克', '克戎']);
    expect(rankerTokens('B.1.1.529谱系')).toEqual(['b.1.1.529', '谱系']);
    expect(rankerTokens('图①')).toEqual(['图', '1']);
  });
});

describe('HeadlineRanker', () => {
  it('matches Latin words by prefix and with a typo, best first, leaving out what it is told to', async () => {
    const ranker = await HeadlineRanker.build([doc('a', 'Omicron 亚型'), doc('b', '关于 Omicron'), doc('c', '科协'), doc('a', '重复')]);
    expect(ranker.suggest('omicorn', new Set()).map((s) => s.id).sort()).toEqual(['a', 'b']);
    expect(ranker.suggest('omi', new Set(['a'])).map((s) => s.id)).toEqual(['b']);
    expect(ranker.suggest('科协', new Set()).map((s) => s.id)).toEqual(['c']);
  });
});
