import { normalizeText } from './normalizeText';
import { parseQuery } from './parseQuery';
import { toSimplified } from './toSimplified';

/** One term of a query, ready to search. */
export interface QueryTerm {
  /** Normalized and converted 繁→简: what the result says was searched. */
  text: string;
  /**
   * Forms that each count as a match: `text`, and the normalized form as typed when conversion
   * changed it, so that a traditional character also used in simplified text (乾隆, 於) is found.
   */
  variants: string[];
}

/** Terms searched at most; later ones are left out (and absent from the result's terms). */
export const MAX_TERMS = 31;

/** Parses, normalizes and converts a query as typed; identical terms are kept once. */
export async function prepareQuery(query: string): Promise<QueryTerm[]> {
  const terms = new Map<string, QueryTerm>();
  for (const raw of parseQuery(query)) {
    if (terms.size >= MAX_TERMS) break;
    const typed = normalizeText(raw);
    if (typed === '') continue;
    const text = normalizeText(await toSimplified(typed));
    if (text === '' || terms.has(text)) continue;
    terms.set(text, { text, variants: text === typed ? [text] : [text, typed] });
  }
  return [...terms.values()];
}
