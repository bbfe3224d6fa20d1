import { describe, expect, it } from 'vitest';
import { highlightNeedles, highlightParagraphs, highlightText } from '../../../src/reading/queryHighlight';

const markedText = (segments: { text: string; marked: boolean }[]) => segments.filter((s) => s.marked).map((s) => s.text);

describe('highlightNeedles', () => {
  it('normalizes each term of a query as the engine does, quoted phrases whole', () => {
    expect(highlightNeedles('奥密克戎 “BA.2 毒株” ＢＡ')).toEqual(['奥密克戎', 'ba.2毒株', 'ba']);
    expect(highlightNeedles('   ')).toEqual([]);
  });
});

describe('highlightText', () => {
  it('marks a term wherever it occurs, across letter spacing', () => {
    expect(markedText(highlightText('奥 密 克 戎，再说奥密克戎', ['奥密克戎']))).toEqual(['奥 密 克 戎', '奥密克戎']);
  });

  it('leaves text without needles as one plain segment', () => {
    expect(highlightText('标题', [])).toEqual([{ text: '标题', marked: false }]);
  });
});

describe('highlightParagraphs', () => {
  it('marks matches in each paragraph, including one that runs across a paragraph break', () => {
    const paragraphs = ['第一段说到奥密', '克戎。第二段奥密克戎'];
    const [first, second] = highlightParagraphs(paragraphs, highlightNeedles('奥密克戎'));
    expect(markedText(first)).toEqual(['奥密']);
    expect(markedText(second)).toEqual(['克戎', '奥密克戎']);
    expect(first.map((s) => s.text).join('')).toBe(paragraphs[0]);
    expect(second.map((s) => s.text).join('')).toBe(paragraphs[1]);
  });
});
