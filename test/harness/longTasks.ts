// Main-thread tasks over 50 ms, as PerformanceObserver reports them, from page load on.

export interface LongTaskLog {
  observed: boolean;
  /** Long tasks that overlap [from, to] (performance.now() times), once the browser has reported them. */
  between(from: number, to: number): Promise<{ count: number; longestMs: number }>;
}

export function watchLongTasks(): LongTaskLog {
  const observed = PerformanceObserver.supportedEntryTypes.includes('longtask');
  const tasks: { start: number; duration: number }[] = [];
  if (observed) {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  }
  return {
    observed,
    async between(from, to) {
      // Entries are delivered in a task after the long one: let them arrive.
      await new Promise((resolve) => setTimeout(resolve, 100));
      const inside = tasks.filter((task) => task.start < to && task.start + task.duration > from);
      return { count: inside.length, longestMs: Math.max(0, ...inside.map((task) => task.duration)) };
    },
  };
}
