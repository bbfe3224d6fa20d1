// Queries for the search tests and benchmark: pieces of the corpus text, Latin and numbers, and
// queries that match nothing.
import { seededRandom } from '../../src/corpus/synth/seededRandom';
import type { ScannedDoc } from './bruteForceSearch';

export const LATIN_QUERIES = ['BA.2', 'Omicron', '2024', 'ba', 'B.1.1.529', '2021年', 'ＢＡ．２', 'covid'];
export const NO_MATCH_QUERIES = ['龘靐齉', '量子纠缠态读报', 'zzqx', '科协 龘', '9876543210'];

export interface DrawnQuery {
  query: string;
  kind: 'normalized' | 'displayed' | 'two terms' | 'latin' | 'no match';
}

function piece(text: string, random: ReturnType<typeof seededRandom>, maxLength: number): string {
  const chars = Array.from(text);
  if (chars.length === 0) return '';
  const length = random.integer(1, Math.min(maxLength, chars.length));
  const start = random.integer(0, chars.length - length);
  return chars.slice(start, start + length).join('');
}

/**
 * `count` queries: 1–8 characters cut from normalized text (body or headline), cut from the
 * displayed body (so with spaces, line breaks, full-width forms), two such pieces as two terms,
 * Latin and numbers, and queries that match nothing.
 */
export function drawQueries(scanned: readonly ScannedDoc[], count: number, seed = 7): DrawnQuery[] {
  const random = seededRandom(seed);
  const queries: DrawnQuery[] = [];
  const withText = scanned.filter((doc) => doc.body.length > 0);
  while (queries.length < count) {
    const roll = random.next();
    const doc = random.pick(withText);
    if (roll < 0.55) {
      const text = random.next() < 0.2 && doc.head ? doc.head : doc.body;
      queries.push({ query: piece(text, random, 8), kind: 'normalized' });
    } else if (roll < 0.7) {
      queries.push({ query: piece(doc.doc.body, random, 8), kind: 'displayed' });
    } else if (roll < 0.8) {
      queries.push({ query: `${piece(doc.body, random, 4)} ${piece(random.pick(withText).body, random, 3)}`, kind: 'two terms' });
    } else if (roll < 0.9) {
      queries.push({ query: random.pick(LATIN_QUERIES), kind: 'latin' });
    } else {
      queries.push({ query: random.pick(NO_MATCH_QUERIES), kind: 'no match' });
    }
  }
  // A piece of displayed text can be all spaces; it is still a query a reader may type.
  return queries;
}
