// Approximate matching over the short fields of every doc (headline, byline, section), for what
// exact search cannot offer: a Latin word or number typed in part (omi → Omicron) or with a typo
// (omicorn). Its results are suggestions shown apart (相近结果), never mixed into exact hits.
// MiniSearch is loaded and the ranker built only when first asked for, after the first results.
import type MiniSearch from 'minisearch';
import type { ShardDoc } from './types';

export interface Suggestion {
  id: string;
  doc: ShardDoc;
  score: number;
}

const TOKEN = /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{N}]+(?:[.\-][\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{N}]+)*|\p{Script=Han}+/gu;
const HAN = /^\p{Script=Han}/u;

/** Latin words and numbers whole (ba.2, covid-19); Chinese as bigrams, since it has no spaces. */
export function rankerTokens(text: string): string[] {
  const tokens: string[] = [];
  for (const [token] of text.normalize('NFKC').toLowerCase().matchAll(TOKEN)) {
    if (!HAN.test(token)) {
      tokens.push(token);
      continue;
    }
    const chars = Array.from(token);
    if (chars.length === 1) tokens.push(token);
    for (let i = 0; i + 1 < chars.length; i++) tokens.push(chars[i] + chars[i + 1]);
  }
  return tokens;
}

const isLatin = (term: string) => !HAN.test(term);

interface RankedDoc {
  id: string;
  headline: string;
  byline: string;
  section: string;
}

export class HeadlineRanker {
  private constructor(
    private readonly index: MiniSearch<RankedDoc>,
    private readonly docs: Map<string, ShardDoc>,
  ) {}

  /** Builds the ranker over `docs` (ids seen twice are indexed once). */
  static async build(docs: Iterable<ShardDoc>): Promise<HeadlineRanker> {
    const { default: MiniSearchClass } = await import('minisearch');
    const index = new MiniSearchClass<RankedDoc>({
      fields: ['headline', 'byline', 'section'],
      tokenize: rankerTokens,
      processTerm: (term) => term,
      searchOptions: {
        boost: { headline: 2 },
        combineWith: 'AND',
        prefix: (term) => isLatin(term),
        fuzzy: (term) => (isLatin(term) && term.length >= 4 ? 0.3 : false),
        maxFuzzy: 2,
      },
    });
    const byId = new Map<string, ShardDoc>();
    const ranked: RankedDoc[] = [];
    for (const doc of docs) {
      if (byId.has(doc.id)) continue;
      byId.set(doc.id, doc);
      ranked.push({ id: doc.id, headline: doc.headline, byline: doc.byline ?? '', section: doc.section ?? '' });
    }
    index.addAll(ranked);
    return new HeadlineRanker(index, byId);
  }

  /** MiniSearch's relevance score of each doc for `query` (docs it does not match are left out). */
  scores(query: string): Map<string, number> {
    const scores = new Map<string, number>();
    for (const result of this.index.search(query)) scores.set(String(result.id), result.score);
    return scores;
  }

  /** Docs whose short fields match `query` approximately, best first, leaving out `exclude` (the exact hits). */
  suggest(query: string, exclude: ReadonlySet<string>, limit = 10): Suggestion[] {
    const suggestions: Suggestion[] = [];
    for (const result of this.index.search(query)) {
      const id = String(result.id);
      if (exclude.has(id)) continue;
      suggestions.push({ id, doc: this.docs.get(id)!, score: result.score });
      if (suggestions.length >= limit) break;
    }
    return suggestions;
  }
}
