import { describe, expect, it } from 'vitest';
import { LruCache } from '../../../src/search/lruCache';

describe('LruCache', () => {
  it('forgets the least recently used entries past its budget', () => {
    const cache = new LruCache<string, string>(8, (value) => value.length);
    cache.set('a', 'aaa');
    cache.set('b', 'bbbb');
    cache.get('a');
    cache.set('c', 'cc');
    expect(cache.has('a')).toBe(true);
    expect(cache.has('b')).toBe(false);
    expect(cache.weight).toBe(5);
  });

  it('tracks use only once three quarters full: before that it forgets the oldest first', () => {
    const cache = new LruCache<string, string>(8, (value) => value.length);
    cache.set('a', 'aa');
    cache.set('b', 'bb');
    cache.get('a');
    cache.set('c', 'ccccc');
    expect(cache.has('a')).toBe(false);
    expect(cache.has('b')).toBe(true);
  });

  it('does not keep a value heavier than the whole budget', () => {
    const cache = new LruCache<string, string>(2, (value) => value.length);
    cache.set('big', 'xyz');
    expect(cache.size).toBe(0);
  });
});
