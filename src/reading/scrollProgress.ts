/**
 * How far down the page the reader has scrolled, 0–1. A page that fits the window is read
 * through at a glance, so it counts as 1.
 */
export function scrollProgress(scrollTop: number, scrollHeight: number, viewportHeight: number): number {
  const scrollable = scrollHeight - viewportHeight;
  if (scrollable <= 0) return 1;
  return Math.min(1, Math.max(0, scrollTop / scrollable));
}
