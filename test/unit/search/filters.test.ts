import { describe, expect, it } from 'vitest';
import { matchesFilters, shardMayMatch } from '../../../src/search/filters';
import type { ShardDoc } from '../../../src/search/types';

const doc: ShardDoc = { id: 'x', paper: '焦作日报', date: '2022-02-09', page: 'A07', section: '科技创新', kind: 'article', headline: '', byline: null };
const undated: ShardDoc = { ...doc, date: null };

describe('matchesFilters', () => {
  it('passes every doc without filters or with empty lists', () => {
    expect(matchesFilters(doc, undefined)).toBe(true);
    expect(matchesFilters(doc, { papers: [], pages: [], sections: [], kinds: [] })).toBe(true);
  });

  it('keeps docs of the papers, pages, sections and kinds named', () => {
    expect(matchesFilters(doc, { papers: ['焦作日报'] })).toBe(true);
    expect(matchesFilters(doc, { papers: ['濮阳日报'] })).toBe(false);
    expect(matchesFilters(doc, { pages: ['A07', 'A08'] })).toBe(true);
    expect(matchesFilters(doc, { pages: ['A01'] })).toBe(false);
    expect(matchesFilters(doc, { sections: ['科技创新'] })).toBe(true);
    expect(matchesFilters(doc, { sections: ['要闻'] })).toBe(false);
    expect(matchesFilters(doc, { kinds: ['article', 'brief'] })).toBe(true);
    expect(matchesFilters(doc, { kinds: ['caption'] })).toBe(false);
  });

  it('keeps docs dated inside an inclusive range, never undated ones', () => {
    expect(matchesFilters(doc, { from: '2022-02-09', to: '2022-02-09' })).toBe(true);
    expect(matchesFilters(doc, { from: '2022-02-10' })).toBe(false);
    expect(matchesFilters(doc, { to: '2022-02-08' })).toBe(false);
    expect(matchesFilters(undated, { to: '2030-01-01' })).toBe(false);
    expect(matchesFilters(undated, { pages: ['A07'] })).toBe(true);
  });
});

describe('shardMayMatch', () => {
  it('skips month shards outside the date range, and undated shards when a range is set', () => {
    expect(shardMayMatch('2022-02', { from: '2022-02-28', to: '2022-03-01' })).toBe(true);
    expect(shardMayMatch('2022-01', { from: '2022-02-01' })).toBe(false);
    expect(shardMayMatch('2022-03', { to: '2022-02-28' })).toBe(false);
    expect(shardMayMatch('src:a.txt', { from: '2022-02-01' })).toBe(false);
    expect(shardMayMatch('src:a.txt', { papers: ['焦作日报'] })).toBe(true);
  });
});
