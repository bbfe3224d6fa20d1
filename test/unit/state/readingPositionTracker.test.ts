import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ReadingPosition } from '../../../src/db/readingState';
import { trackReadingPosition } from '../../../src/state/readingPositionTracker';

const at = (scroll: number): ReadingPosition => ({ scroll, progress: scroll / 1000 });

describe('trackReadingPosition', () => {
  let saved: ReadingPosition[];
  const save = async (position: ReadingPosition) => void saved.push(position);

  beforeEach(() => {
    saved = [];
    vi.useFakeTimers();
  });
  afterEach(() => vi.useRealTimers());

  it('saves the last position of each interval, once', () => {
    const tracker = trackReadingPosition(save, 500);
    tracker.scrolled(at(10));
    tracker.scrolled(at(20));
    tracker.scrolled(at(30));
    expect(saved).toEqual([]);
    vi.advanceTimersByTime(500);
    expect(saved).toEqual([at(30)]);
    tracker.scrolled(at(40));
    vi.advanceTimersByTime(499);
    expect(saved).toEqual([at(30)]);
    vi.advanceTimersByTime(1);
    expect(saved).toEqual([at(30), at(40)]);
  });

  it('saves a pending position when stopped, and nothing after', () => {
    const tracker = trackReadingPosition(save, 500);
    tracker.scrolled(at(70));
    tracker.stop();
    expect(saved).toEqual([at(70)]);
    tracker.scrolled(at(80));
    vi.advanceTimersByTime(1000);
    expect(saved).toEqual([at(70)]);
  });

  it('saves nothing on stop when nothing is pending', () => {
    const tracker = trackReadingPosition(save, 500);
    tracker.scrolled(at(5));
    vi.advanceTimersByTime(500);
    tracker.stop();
    expect(saved).toEqual([at(5)]);
  });
});
