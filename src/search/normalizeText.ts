// Query and text are normalized by the same function, so that a match is a plain substring test:
// NFKC (full-width Latin, digits and punctuation → half width), lower case, whitespace and
// invisible format characters (zero-width space, BOM, soft hyphen) removed. Removing whitespace
// is what makes letter-spaced and line-broken newspaper text searchable ("奥 密 克 戎"); the price
// is that Latin words are matched as substrings too ("ba.2" finds "BA.2 毒株" and "BA.21").

/** Normalized text with, for each of its code units, the range of the displayed text it came from. */
export interface NormalizedText {
  text: string;
  /** start[i]..end[i] is the displayed range that normalized code unit i came from. */
  start: Int32Array;
  end: Int32Array;
}

const COPY = 1;
const MAPPED = 2;
const DROP = 3;
const MARK = 4;
const SLOW = 5;

// Class of each UTF-16 code unit, filled on first sight: a text touches few distinct characters.
// A MAPPED unit becomes replacements[unit] (Ａ → a, ， → ,) unless a combining mark follows it.
const classes = new Uint8Array(0x10000);
const replacements: string[] = [];
const DROP_RE = /^[\s\p{Cf}]$/u;
const MARK_RE = /^\p{M}$/u;
const DROP_ALL_RE = /[\s\p{Cf}]/gu;

const normalizeSegment = (segment: string) => segment.normalize('NFKC').toLowerCase().replace(DROP_ALL_RE, '');

function classify(code: number): number {
  if (code >= 0xd800 && code <= 0xdfff) return SLOW;
  const char = String.fromCharCode(code);
  if (DROP_RE.test(char)) return DROP;
  if (MARK_RE.test(char)) return MARK;
  const normalized = normalizeSegment(char);
  if (normalized === char) return COPY;
  replacements[code] = normalized;
  return MAPPED;
}

function classOf(code: number): number {
  let cls = classes[code];
  if (cls === 0) cls = classes[code] = classify(code);
  return cls;
}

/**
 * Walks `text` and reports each stretch of it: `replacement` undefined means the stretch is kept
 * as it is, otherwise it becomes `replacement` (possibly empty).
 */
function scan(text: string, emit: (from: number, to: number, replacement: string | undefined) => void): void {
  const length = text.length;
  let runStart = 0;
  let i = 0;
  let cls = length > 0 ? classOf(text.charCodeAt(0)) : 0;
  while (i < length) {
    // A combining mark composes with the character before it (e + ◌́ → é), so that pair goes the slow way.
    const next = i + 1 < length ? classOf(text.charCodeAt(i + 1)) : 0;
    if (cls === COPY && next !== MARK) {
      i++;
      cls = next;
      continue;
    }
    if (i > runStart) emit(runStart, i, undefined);
    let end = i + 1;
    if (cls === DROP) {
      emit(i, end, '');
    } else if (cls === MAPPED && next !== MARK) {
      emit(i, end, replacements[text.charCodeAt(i)]);
    } else {
      const code = text.codePointAt(i)!;
      if (code > 0xffff) end = i + 2;
      while (end < length && classOf(text.charCodeAt(end)) === MARK) end++;
      const lone = code >= 0xd800 && code <= 0xdfff;
      emit(i, end, normalizeSegment(lone ? '\ufffd' + text.slice(i + 1, end) : text.slice(i, end)));
    }
    i = end;
    runStart = end;
    cls = i < length ? classOf(text.charCodeAt(i)) : 0;
  }
  if (length > runStart) emit(runStart, length, undefined);
}

/** The normalized form of `text`, as the index and the queries use it. */
export function normalizeText(text: string): string {
  // Parts joined at the end give a flat string; `+=` would give a rope that each later
  // includes() on it would first have to copy.
  const parts: string[] = [];
  scan(text, (from, to, replacement) => {
    parts.push(replacement ?? (from === 0 && to === text.length ? text : text.slice(from, to)));
  });
  return parts.length === 1 ? parts[0] : parts.join('');
}

/** The normalized form of `text`, with the map from each normalized code unit back to `text`. */
export function normalizeWithOffsets(text: string): NormalizedText {
  const parts: string[] = [];
  // Normalized text is rarely longer than the displayed text (… → ... is); grow if it is.
  let start = new Int32Array(text.length + 8);
  let end = new Int32Array(text.length + 8);
  let length = 0;
  const reserve = (extra: number) => {
    if (length + extra <= start.length) return;
    const size = Math.max(start.length * 2, length + extra);
    const grownStart = new Int32Array(size);
    const grownEnd = new Int32Array(size);
    grownStart.set(start);
    grownEnd.set(end);
    start = grownStart;
    end = grownEnd;
  };
  scan(text, (from, to, replacement) => {
    if (replacement === undefined) {
      reserve(to - from);
      parts.push(text.slice(from, to));
      for (let j = from; j < to; j++, length++) {
        start[length] = j;
        end[length] = j + 1;
      }
    } else {
      reserve(replacement.length);
      parts.push(replacement);
      for (let j = 0; j < replacement.length; j++, length++) {
        start[length] = from;
        end[length] = to;
      }
    }
  });
  return { text: parts.join(''), start: start.subarray(0, length), end: end.subarray(0, length) };
}
