// Quotes open a phrase only where a term begins, so that quotation marks inside a term
// (他说“好”) are searched as the punctuation they are in the text.
const CLOSING: Record<string, string> = { '"': '"', '“': '”', '「': '」', '『': '』' };

const isSpace = (char: string) => /\s/u.test(char);

/**
 * Splits a query as typed into terms: whitespace (including the full-width space) separates
 * terms, and a phrase in quotes ("…", “…”, 「…」, 『…』) is one term. An unclosed quote runs to the
 * end. Terms are returned as typed, not normalized; empty ones are dropped.
 */
export function parseQuery(query: string): string[] {
  const terms: string[] = [];
  const chars = Array.from(query);
  let i = 0;
  while (i < chars.length) {
    if (isSpace(chars[i])) {
      i++;
      continue;
    }
    const closing = CLOSING[chars[i]];
    let term = '';
    if (closing !== undefined) {
      i++;
      while (i < chars.length && chars[i] !== closing) term += chars[i++];
      i++;
    } else {
      while (i < chars.length && !isSpace(chars[i])) term += chars[i++];
    }
    if (term.trim() !== '') terms.push(term);
  }
  return terms;
}
