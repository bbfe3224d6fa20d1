// Links a caption or a detached 核心提示 box to the story it belongs to by the words they
// share: Han-character bigrams weighted by how few of the candidate stories contain them,
// so a name (葛小影, 娄佳惠) counts for more than 有限公司.

/** The Han-character bigrams of a text, each as one number (two UTF-16 code units). */
export function bigrams(text: string): Set<number> {
  const out = new Set<number>();
  let prev = 0;
  for (let i = 0; i < text.length; i++) {
    const cp = text.charCodeAt(i);
    const han = (cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0x3400 && cp <= 0x4dbf);
    if (han && prev) out.add(prev * 0x10000 + cp);
    prev = han ? cp : 0;
  }
  return out;
}

/** Scores of `query` against each target (given as bigram sets). */
export function overlapScores(query: Set<number>, targets: readonly Set<number>[]): number[] {
  const df = new Map<number, number>();
  for (const g of query) {
    let n = 0;
    for (const t of targets) if (t.has(g)) n++;
    if (n) df.set(g, n);
  }
  return targets.map((t) => {
    let s = 0;
    for (const [g, n] of df) if (t.has(g)) s += 1 / n ** 2;
    return s;
  });
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
