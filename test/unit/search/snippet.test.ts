import { describe, expect, it } from 'vitest';
import { matchRanges } from '../../../src/search/matchRanges';
import { makeSnippet } from '../../../src/search/snippet';

const marked = ({ text, matches }: { text: string; matches: { start: number; end: number }[] }) => matches.map(({ start, end }) => text.slice(start, end));

describe('matchRanges', () => {
  it('finds normalized needles in displayed text, across spaces and line breaks', () => {
    const text = '奥 密 克\n戎毒株 ＢＡ.2';
    expect(matchRanges(text, ['奥密克戎', 'ba.2']).map(({ start, end }) => text.slice(start, end))).toEqual(['奥 密 克\n戎', 'ＢＡ.2']);
  });

  it('merges overlapping matches', () => {
    expect(matchRanges('哈哈哈', ['哈哈'])).toEqual([{ start: 0, end: 3 }]);
  });
});

describe('makeSnippet', () => {
  const body = `${'前'.repeat(50)}。近段时间，多国报告的奥密克戎毒株的亚型变异毒株BA.2感染病例逐渐增多，有“隐形奥密克戎”之称的这种变异毒株有什么特性？${'后'.repeat(80)}`;

  it('cuts about 60 characters around the first match, from the sentence start when it is near', () => {
    const snippet = makeSnippet(body, ['奥密克戎']);
    expect(snippet.text.startsWith('近段时间')).toBe(true);
    expect(snippet.text.length).toBe(60);
    expect(body.includes(snippet.text)).toBe(true);
  });

  it('marks every match inside the window as offsets into the snippet text', () => {
    const snippet = makeSnippet(body, ['奥密克戎', 'ba.2']);
    expect(marked(snippet)).toEqual(['奥密克戎', 'BA.2', '奥密克戎']);
  });

  it('shows no more than 20 characters before the match when no sentence starts there', () => {
    const snippet = makeSnippet('甲'.repeat(100) + '科协' + '乙'.repeat(100), ['科协']);
    expect(snippet.matches).toEqual([{ start: 20, end: 22 }]);
  });

  it('turns line breaks into spaces, so offsets still hold', () => {
    const snippet = makeSnippet('第一段。\n第二段提到科协。', ['科协']);
    expect(snippet.text).toBe('第一段。 第二段提到科协。');
    expect(marked(snippet)).toEqual(['科协']);
  });

  it('gives the start of the body when it does not match (a headline-only hit)', () => {
    expect(makeSnippet('甲'.repeat(100), ['科协'])).toEqual({ text: '甲'.repeat(60), matches: [] });
  });

  it('clips a match cut by the window and never splits a character outside the BMP', () => {
    const snippet = makeSnippet('𠀋'.repeat(40) + '科协', ['科协'], 10);
    expect(Array.from(snippet.text).every((char) => char === '𠀋' || char === '科' || char === '协')).toBe(true);
    expect(marked(snippet)).toEqual(['科协']);
  });
});
