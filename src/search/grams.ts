// Grams are the unigrams and bigrams of normalized text, counted in code points so that a
// character outside the BMP is never split. In the builder a gram is a number (gramKey) whose
// numeric order is the code-unit order of the gram's string, the order IndexedDB keys sort in.

/** Code points → sort position that follows UTF-16 code-unit order (surrogates sort between D7FF and E000). */
function unitOrder(codePoint: number): number {
  if (codePoint < 0xd800) return codePoint;
  if (codePoint >= 0x10000) return codePoint - 0x10000 + 0xd800;
  return codePoint + 0x100000;
}

function fromUnitOrder(order: number): number {
  if (order < 0xd800) return order;
  if (order >= 0x10e000) return order - 0x100000;
  return order - 0xd800 + 0x10000;
}

const SECOND = 0x110001;
/** gramKey(first, second) is `a * SECOND_KEYS + b`: a is first's unit order, b is 0 or second's unit order + 1. */
export const SECOND_KEYS = SECOND;

/** The number standing for a unigram (second === undefined) or a bigram. */
export function gramKey(first: number, second?: number): number {
  return unitOrder(first) * SECOND + (second === undefined ? 0 : unitOrder(second) + 1);
}

/** The key of a gram given as a string of one or two code points. */
export function keyOfGram(gram: string): number {
  const first = gram.codePointAt(0)!;
  const rest = gram.slice(first > 0xffff ? 2 : 1);
  return rest === '' ? gramKey(first) : gramKey(first, rest.codePointAt(0)!);
}

/** The code points of a gram key: [first, second + 1] or [first, 0] for a unigram. */
export function splitGramKey(key: number): [number, number] {
  const second = key % SECOND;
  return [fromUnitOrder((key - second) / SECOND), second === 0 ? 0 : fromUnitOrder(second - 1) + 1];
}

export function gramOfKey(key: number): string {
  const [first, second] = splitGramKey(key);
  return String.fromCodePoint(first) + (second === 0 ? '' : String.fromCodePoint(second - 1));
}

/** Calls `visit` with the key of every unigram and bigram of `text` (repeats included). */
export function forEachGramKey(text: string, visit: (key: number) => void): void {
  forEachGramPair(text, (a, b) => visit(a * SECOND + b));
}

/**
 * Calls `visit(a, b)` for every unigram and bigram of `text` (repeats included), the two parts
 * of its gramKey (`a * SECOND_KEYS + b`), in the order forEachGramKey visits them: the index
 * builder's loop, with no number above 2^31 to box.
 */
export function forEachGramPair(text: string, visit: (a: number, b: number) => void): void {
  let previous = -1;
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      code = text.codePointAt(i)!;
      if (code > 0xffff) i++;
    }
    const order = unitOrder(code);
    visit(order, 0);
    if (previous >= 0) visit(previous, order + 1);
    previous = order;
  }
}

/** Splits text into code points. */
export function codePoints(text: string): string[] {
  return Array.from(text);
}

/**
 * The grams whose postings find the docs containing `term`: its unigram for one character,
 * else all its distinct bigrams. Fewer bigrams would still cover the term, but 教育工作 would
 * then find every doc with 教育 and 工作 apart, and checking those texts costs more than the
 * extra posting lists.
 */
export function termGrams(term: string): string[] {
  const chars = codePoints(term);
  if (chars.length <= 1) return chars;
  const grams = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) grams.add(chars[i] + chars[i + 1]);
  return [...grams];
}

/** True when a doc's postings for the term's grams prove the term is there, with no text to check. */
export function isExactByGrams(term: string): boolean {
  return codePoints(term).length <= 2;
}
