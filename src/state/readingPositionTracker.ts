import type { ReadingPosition } from '../db/readingState';

export interface ReadingPositionTracker {
  /** The page scrolled to `position`: it is saved within `intervalMs`, at most once per interval. */
  scrolled(position: ReadingPosition): void;
  /** Saves a pending position now, and stops: leaving the article does not lose the last scroll. */
  stop(): void;
}

/**
 * Saves where the reader is in an article as they scroll. Saving on every scroll event would
 * write to IndexedDB dozens of times a second; the last position of each interval is enough.
 * The position is taken when the page scrolls, not when it is saved: by then the article may
 * be leaving the page.
 */
export function trackReadingPosition(
  save: (position: ReadingPosition) => Promise<unknown>,
  intervalMs = 500,
): ReadingPositionTracker {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let latest: ReadingPosition | null = null;
  let stopped = false;
  const saveLatest = () => {
    timer = null;
    if (latest === null) return;
    const position = latest;
    latest = null;
    void save(position).catch(console.error);
  };
  return {
    scrolled(position) {
      if (stopped) return;
      latest = position;
      timer ??= setTimeout(saveLatest, intervalMs);
    },
    stop() {
      if (stopped) return;
      stopped = true;
      if (timer !== null) clearTimeout(timer);
      saveLatest();
    },
  };
}
