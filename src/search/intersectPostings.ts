import { fieldsOf, makePosting, positionOf } from './postingCodec';

/** First index in `list` at or after `from` whose position is ≥ `position` (galloping search). */
function seek(list: Uint32Array, from: number, position: number): number {
  let step = 1;
  let high = from;
  while (high < list.length && positionOf(list[high]) < position) {
    from = high + 1;
    high += step;
    step *= 2;
  }
  high = Math.min(high, list.length);
  while (from < high) {
    const middle = (from + high) >>> 1;
    if (positionOf(list[middle]) < position) from = middle + 1;
    else high = middle;
  }
  return from;
}

/**
 * The docs found in every list, each with the fields common to all of them (a doc whose grams sit
 * in different fields cannot hold the term in one field, so it is dropped). Rarest list first, so
 * the work follows the shortest list.
 */
export function intersectPostings(lists: readonly Uint32Array[]): Uint32Array {
  if (lists.length === 0) return new Uint32Array(0);
  const sorted = [...lists].sort((a, b) => a.length - b.length);
  let result = sorted[0];
  for (let l = 1; l < sorted.length && result.length > 0; l++) {
    const other = sorted[l];
    const out = new Uint32Array(result.length);
    let count = 0;
    let j = 0;
    for (let i = 0; i < result.length && j < other.length; i++) {
      const position = positionOf(result[i]);
      j = seek(other, j, position);
      if (j < other.length && positionOf(other[j]) === position) {
        const fields = fieldsOf(result[i]) & fieldsOf(other[j]);
        if (fields !== 0) out[count++] = makePosting(position, fields);
      }
    }
    result = out.subarray(0, count);
  }
  return result;
}

/** The docs found in either list, with the fields of both. */
export function unionPostings(a: Uint32Array, b: Uint32Array): Uint32Array {
  const out = new Uint32Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let count = 0;
  while (i < a.length || j < b.length) {
    const pa = i < a.length ? positionOf(a[i]) : Infinity;
    const pb = j < b.length ? positionOf(b[j]) : Infinity;
    if (pa === pb) out[count++] = makePosting(pa, fieldsOf(a[i++]) | fieldsOf(b[j++]));
    else if (pa < pb) out[count++] = a[i++];
    else out[count++] = b[j++];
  }
  return out.subarray(0, count);
}
