// Links a caption or a detached 核心提示 box to the story it belongs to by the words they
// share: Han-character bigrams weighted by how few stories on the page contain them, so a
// name (葛小影, 娄佳惠) counts for more than 有限公司.

const bigrams = (text: string): Set<string> => {
  const han = text.replace(/[^\u3400-\u9fff]/gu, ' ');
  const out = new Set<string>();
  for (const run of han.split(/\s+/u)) for (let i = 0; i + 1 < run.length; i++) out.add(run.slice(i, i + 2));
  return out;
};

export interface OverlapIndex {
  score(text: string): number[];
}

export function overlapIndex(targets: readonly string[]): OverlapIndex {
  const grams = targets.map(bigrams);
  const df = new Map<string, number>();
  for (const g of grams) for (const b of g) df.set(b, (df.get(b) ?? 0) + 1);
  return {
    score(text: string): number[] {
      const query = bigrams(text);
      return grams.map((g) => {
        let s = 0;
        for (const b of query) if (g.has(b)) s += 1 / (df.get(b) ?? 1) ** 2;
        return s;
      });
    },
  };
}

/** Index of the clearly best target, or null when none stands out. */
export function bestMatch(scores: readonly number[], minScore: number): number | null {
  let best = -1;
  let second = 0;
  scores.forEach((s, i) => {
    if (best < 0 || s > scores[best]) {
      if (best >= 0) second = Math.max(second, scores[best]);
      best = i;
    } else second = Math.max(second, s);
  });
  if (best < 0 || scores[best] < minScore || scores[best] < 1.5 * second) return null;
  return best;
}
