import { describe, expect, it } from 'vitest';
import { scrollProgress } from '../../../src/reading/scrollProgress';

describe('scrollProgress', () => {
  it('is the share of the scrollable height scrolled', () => {
    expect(scrollProgress(0, 3000, 1000)).toBe(0);
    expect(scrollProgress(1000, 3000, 1000)).toBe(0.5);
    expect(scrollProgress(2000, 3000, 1000)).toBe(1);
  });

  it('stays between 0 and 1 when the page overscrolls', () => {
    expect(scrollProgress(-40, 3000, 1000)).toBe(0);
    expect(scrollProgress(2100, 3000, 1000)).toBe(1);
  });

  it('counts a page that fits the window as read', () => {
    expect(scrollProgress(0, 800, 1000)).toBe(1);
  });
});
