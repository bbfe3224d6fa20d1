// Figures for the Chromium bench's tables.

export const MB = 1e6;

export function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

export const mb = (bytes: number) => (bytes / MB).toFixed(1);

/** Milliseconds with the digits that matter: 0.43, 13.2, 250. */
export const ms = (value: number) => (value >= 100 ? value.toFixed(0) : value.toFixed(value >= 10 ? 1 : 2));

export const p50p95 = (samples: readonly number[]) => `${ms(percentile(samples, 50))} / ${ms(percentile(samples, 95))} ms`;
