import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../../src/search/parseQuery';

describe('parseQuery', () => {
  it('splits terms at spaces, including the full-width space', () => {
    expect(parseQuery('  奥密克戎  BA.2\u3000科协 ')).toEqual(['奥密克戎', 'BA.2', '科协']);
  });

  it('keeps a phrase in ASCII or Chinese quotes whole', () => {
    expect(parseQuery('"记者 赵改玲" 教育')).toEqual(['记者 赵改玲', '教育']);
    expect(parseQuery('“双减 政策”')).toEqual(['双减 政策']);
    expect(parseQuery('「科學 技術」')).toEqual(['科學 技術']);
  });

  it('runs an unclosed quote to the end of the query', () => {
    expect(parseQuery('焦作 "市 科协')).toEqual(['焦作', '市 科协']);
  });

  it('searches quotation marks inside a term as the text’s punctuation', () => {
    expect(parseQuery('隐形“奥密克戎”')).toEqual(['隐形“奥密克戎”']);
  });

  it('gives no terms for an empty or blank query or empty quotes', () => {
    expect(parseQuery('')).toEqual([]);
    expect(parseQuery('   ')).toEqual([]);
    expect(parseQuery('"" “ ”')).toEqual([]);
  });
});
