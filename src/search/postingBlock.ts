// A PostingBlock holds the postings of a run of consecutive grams, so that one IndexedDB row
// answers many grams (a row per gram is about 100× slower to write). Layout of `data` (format 2):
//   FORMAT_VERSION, then for each gram in ascending order:
//   the gram's key (a, b): a is the first code point's unit order and b is 0 for a unigram or
//     the second's unit order + 1 (grams.ts: numbers whose order is the code-unit order of
//     IndexedDB keys), as varint (a − previous a), then varint (b − previous b) when a is the
//     previous gram's, else varint b (both previous values are 0 before a block's first gram);
//   varint ((body count * 2 + 1 if the body list is a bitmap) * 2 + 1 if it is in a headline),
//   [when in a headline: varint headline count], [for a bitmap: varint its byte length],
//   the headline positions as ascending deltas (varints),
//   the body positions as ascending deltas, or as a bitmap (bit i of byte j: position 8j + i),
//   whichever is smaller: a common character is in most docs of a month, where a bitmap costs
//   an eighth of a byte a doc.
// Format 1 (one list of `delta * 4 + fields` per gram, see postingCodec) is still read: a
// database keeps the blocks of shards built before format 2 until they are rebuilt.
import type { PostingBlock } from './types';
import { gramOfKey, keyOfGram, SECOND_KEYS } from './grams';
import { ByteReader, ByteWriter, decodePostings, FIELD_BODY, FIELD_HEAD, makePosting, positionOf } from './postingCodec';

export const FORMAT_VERSION = 2;
const FORMAT_V1 = 1;
export const TARGET_BLOCK_BYTES = 8 * 1024;
/** Room the two varints of a gram's key may take (3 bytes each). */
const KEY_BYTES = 6;

export interface GramPostings {
  /** gramKey() of the gram. */
  key: number;
  /** Ascending postings (postingCodec). */
  postings: ArrayLike<number>;
}

/** Packs grams, given in ascending key order, into blocks of at most `targetBytes` (a lone larger gram gets its own block). */
export function writeBlocks(shard: string, grams: Iterable<GramPostings>, targetBytes = TARGET_BLOCK_BYTES): PostingBlock[] {
  const blocks: PostingBlock[] = [];
  let block = new ByteWriter(targetBytes + 64);
  let firstKey = -1;
  let lastKey = -1;
  let previousA = 0;
  let previousB = 0;
  const entry = new ByteWriter(256);
  const head = new ByteWriter(256);
  const body = new ByteWriter(256);

  const close = () => {
    if (firstKey < 0) return;
    blocks.push({ shard, firstGram: gramOfKey(firstKey), lastGram: gramOfKey(lastKey), data: block.result() });
    block = new ByteWriter(targetBytes + 64);
    firstKey = -1;
  };

  for (const { key, postings } of grams) {
    if (key <= lastKey && firstKey >= 0) throw new RangeError('grams must be in ascending order');
    encodeLists(postings, head, body, entry);
    if (firstKey >= 0 && block.length + KEY_BYTES + entry.length > targetBytes) close();
    if (firstKey < 0) {
      block.varint(FORMAT_VERSION);
      firstKey = key;
      previousA = 0;
      previousB = 0;
    }
    const b = key % SECOND_KEYS;
    const a = (key - b) / SECOND_KEYS;
    block.varint(a - previousA);
    block.varint(a === previousA ? b - previousB : b);
    block.append(entry.bytes.subarray(0, entry.length));
    previousA = a;
    previousB = b;
    lastKey = key;
  }
  close();
  return blocks;
}

/** Writes into `entry` a gram's counts and its headline and body lists (format 2). */
function encodeLists(postings: ArrayLike<number>, head: ByteWriter, body: ByteWriter, entry: ByteWriter): void {
  head.length = 0;
  body.length = 0;
  let headCount = 0;
  let bodyCount = 0;
  let lastHead = 0;
  let lastBody = 0;
  for (let i = 0; i < postings.length; i++) {
    const posting = postings[i];
    const position = positionOf(posting);
    if (i > 0 && position < positionOf(postings[i - 1])) throw new RangeError('postings must be in ascending position order');
    if (posting & FIELD_HEAD) {
      head.varint(position - lastHead);
      lastHead = position;
      headCount++;
    }
    if (posting & FIELD_BODY) {
      body.varint(position - lastBody);
      lastBody = position;
      bodyCount++;
    }
  }
  const bitmapBytes = bodyCount === 0 ? 0 : (lastBody >>> 3) + 1;
  const bitmap = bodyCount > 0 && bitmapBytes + varintLength(bitmapBytes) < body.length;
  entry.length = 0;
  // Most grams are in no headline: their counts take one byte.
  entry.varint((bodyCount * 2 + (bitmap ? 1 : 0)) * 2 + (headCount > 0 ? 1 : 0));
  if (headCount > 0) entry.varint(headCount);
  if (bitmap) entry.varint(bitmapBytes);
  entry.append(head.bytes.subarray(0, head.length));
  if (!bitmap) {
    entry.append(body.bytes.subarray(0, body.length));
    return;
  }
  const bits = new Uint8Array(bitmapBytes);
  for (let i = 0; i < postings.length; i++) {
    if (postings[i] & FIELD_BODY) {
      const position = positionOf(postings[i]);
      bits[position >>> 3] |= 1 << (position & 7);
    }
  }
  entry.append(bits);
}

function varintLength(value: number): number {
  let length = 1;
  while (value >= 0x80) {
    value >>>= 7;
    length++;
  }
  return length;
}

/** A block with the place of each gram's postings, read once so that each lookup is a binary search. */
export interface OpenedBlock {
  block: PostingBlock;
  version: number;
  /** gramKey() of each gram, ascending. */
  keys: Float64Array;
  /** Format 2: headline and body counts, where each list starts, and the body bitmap's bytes (0: a delta list). Format 1: counts and offsets of the one list. */
  headCounts: Uint32Array;
  bodyCounts: Uint32Array;
  headOffsets: Uint32Array;
  bodyOffsets: Uint32Array;
  bitmapBytes: Uint32Array;
}

function openBlock(data: Uint8Array): ByteReader {
  const reader = new ByteReader(data);
  const version = reader.varint();
  if (version !== FORMAT_VERSION && version !== FORMAT_V1) throw new Error(`posting block format ${version} is not ${FORMAT_VERSION}: rebuild the index`);
  return reader;
}

// The directory of a block is read for every block a query opens, so it is read in a tight loop
// over the bytes: a varint's value here, its end in `at`.
let at = 0;

function varintAt(bytes: Uint8Array, offset: number): number {
  let byte = bytes[offset++];
  if (byte < 0x80) {
    at = offset;
    return byte;
  }
  let value = byte & 0x7f;
  for (let shift = 7; ; shift += 7) {
    if (offset >= bytes.length) throw new RangeError('truncated varint');
    if (shift > 28) throw new RangeError('varint too long');
    byte = bytes[offset++];
    value += (byte & 0x7f) * 2 ** shift;
    if (byte < 0x80) break;
  }
  at = offset;
  return value;
}

/** The offset past `count` varints from `offset`. */
function skipVarints(bytes: Uint8Array, offset: number, count: number): number {
  for (let left = count; left > 0; offset++) {
    if (offset >= bytes.length) throw new RangeError('truncated varint');
    if (bytes[offset] < 0x80) left--;
  }
  return offset;
}

/** Reads the gram directory of a block (not the postings). */
export function openPostingBlock(block: PostingBlock): OpenedBlock {
  const data = block.data;
  const reader = openBlock(data);
  const version = data[0];
  // Each gram takes at least 4 bytes (format 1: 5), so this many entries always suffice.
  const capacity = Math.ceil(data.length / 4);
  const keys = new Float64Array(capacity);
  const headCounts = new Uint32Array(capacity);
  const bodyCounts = new Uint32Array(capacity);
  const headOffsets = new Uint32Array(capacity);
  const bodyOffsets = new Uint32Array(capacity);
  const bitmapBytes = new Uint32Array(capacity);
  let n = 0;
  let offset = reader.offset;
  let a = 0;
  let b = 0;
  while (offset < data.length) {
    if (version === FORMAT_V1) {
      const first = varintAt(data, offset);
      const second = varintAt(data, at);
      keys[n] = keyOfGram(String.fromCodePoint(first) + (second === 0 ? '' : String.fromCodePoint(second - 1)));
      headCounts[n] = varintAt(data, at);
      const bytes = varintAt(data, at);
      headOffsets[n++] = at;
      offset = at + bytes;
      continue;
    }
    const aDelta = varintAt(data, offset);
    a += aDelta;
    b = aDelta === 0 ? b + varintAt(data, at) : varintAt(data, at);
    keys[n] = a * SECOND_KEYS + b;
    const counts = varintAt(data, at);
    const headCount = counts & 1 ? varintAt(data, at) : 0;
    const body = Math.floor(counts / 2);
    const bitmap = body & 1 ? varintAt(data, at) : 0;
    headCounts[n] = headCount;
    bodyCounts[n] = body >>> 1;
    bitmapBytes[n] = bitmap;
    headOffsets[n] = at;
    offset = skipVarints(data, at, headCount);
    bodyOffsets[n++] = offset;
    offset = bitmap > 0 ? offset + bitmap : skipVarints(data, offset, body >>> 1);
  }
  if (offset !== data.length) throw new RangeError('posting block ends inside a gram');
  return {
    block,
    version,
    keys: keys.subarray(0, n),
    headCounts: headCounts.subarray(0, n),
    bodyCounts: bodyCounts.subarray(0, n),
    headOffsets: headOffsets.subarray(0, n),
    bodyOffsets: bodyOffsets.subarray(0, n),
    bitmapBytes: bitmapBytes.subarray(0, n),
  };
}

/** The postings of gram number `i` of an opened block. */
function postingsAt(opened: OpenedBlock, i: number): Uint32Array {
  const data = opened.block.data;
  if (opened.version === FORMAT_V1) return decodePostings(data, opened.headOffsets[i], opened.headCounts[i]);
  const head = decodeDeltas(data, opened.headOffsets[i], opened.headCounts[i]);
  const bodyCount = opened.bodyCounts[i];
  const body = opened.bitmapBytes[i] > 0 ? decodeBitmap(data, opened.bodyOffsets[i], opened.bitmapBytes[i], bodyCount) : decodeDeltas(data, opened.bodyOffsets[i], bodyCount);
  if (head.length === 0) {
    const out = new Uint32Array(body.length);
    for (let k = 0; k < body.length; k++) out[k] = makePosting(body[k], FIELD_BODY);
    return out;
  }
  // Merge the two ascending lists; a doc in both gets both fields.
  const out = new Uint32Array(head.length + body.length);
  let h = 0;
  let b = 0;
  let n = 0;
  while (h < head.length || b < body.length) {
    const hp = h < head.length ? head[h] : Infinity;
    const bp = b < body.length ? body[b] : Infinity;
    if (hp < bp) out[n++] = makePosting(head[h++], FIELD_HEAD);
    else if (bp < hp) out[n++] = makePosting(body[b++], FIELD_BODY);
    else {
      out[n++] = makePosting(head[h++], FIELD_HEAD | FIELD_BODY);
      b++;
    }
  }
  return n === out.length ? out : out.slice(0, n);
}

function decodeDeltas(data: Uint8Array, offset: number, count: number): Uint32Array {
  const out = new Uint32Array(count);
  const reader = new ByteReader(data, offset);
  let position = 0;
  for (let k = 0; k < count; k++) out[k] = position += reader.varint();
  return out;
}

function decodeBitmap(data: Uint8Array, offset: number, length: number, count: number): Uint32Array {
  if (offset + length > data.length) throw new RangeError('truncated bitmap');
  const out = new Uint32Array(count);
  let n = 0;
  for (let j = 0; j < length; j++) {
    let byte = data[offset + j];
    while (byte !== 0) {
      const bit = 31 - Math.clz32(byte & -byte);
      if (n >= count) throw new RangeError('bitmap holds more positions than its count');
      out[n++] = j * 8 + bit;
      byte &= byte - 1;
    }
  }
  if (n !== count) throw new RangeError('bitmap holds fewer positions than its count');
  return out;
}

/** The postings of `gram` in an opened block, or an empty list. */
export function postingsIn(opened: OpenedBlock, gram: string): Uint32Array {
  const target = keyOfGram(gram);
  const { keys } = opened;
  let low = 0;
  let high = keys.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (keys[middle] < target) low = middle + 1;
    else high = middle;
  }
  if (low >= keys.length || keys[low] !== target) return new Uint32Array(0);
  return postingsAt(opened, low);
}

/** The postings of `gram` in `block`, or an empty list. */
export function readPostings(block: PostingBlock, gram: string): Uint32Array {
  return postingsIn(openPostingBlock(block), gram);
}

/** Every gram of a block with its postings, in order (for tests and tools). */
export function readBlock(block: PostingBlock): { gram: string; postings: Uint32Array }[] {
  const opened = openPostingBlock(block);
  return Array.from(opened.keys, (key, i) => ({ gram: gramOfKey(key), postings: postingsAt(opened, i) }));
}
