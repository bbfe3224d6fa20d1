// A PostingBlock holds the postings of a run of consecutive grams, so that one IndexedDB row
// answers many grams (a row per gram is about 100× slower to write). Layout of `data`:
//   FORMAT_VERSION, then for each gram in ascending order:
//   varint first code point, varint (second code point + 1, or 0 for a unigram),
//   varint posting count, varint byte length, the postings (postingCodec).
import type { PostingBlock } from './types';
import { gramKey, gramOfKey, keyOfGram, splitGramKey } from './grams';
import { ByteReader, ByteWriter, decodePostings, encodePostings } from './postingCodec';

export const FORMAT_VERSION = 1;
export const TARGET_BLOCK_BYTES = 8 * 1024;

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
  const entry = new ByteWriter(256);
  const postingBytes = new ByteWriter(256);

  const close = () => {
    if (firstKey < 0) return;
    blocks.push({ shard, firstGram: gramOfKey(firstKey), lastGram: gramOfKey(lastKey), data: block.result() });
    block = new ByteWriter(targetBytes + 64);
    firstKey = -1;
  };

  for (const { key, postings } of grams) {
    if (key <= lastKey && firstKey >= 0) throw new RangeError('grams must be in ascending order');
    postingBytes.length = 0;
    encodePostings(postings, postingBytes);
    entry.length = 0;
    const [first, second] = splitGramKey(key);
    entry.varint(first);
    entry.varint(second);
    entry.varint(postings.length);
    entry.varint(postingBytes.length);
    entry.append(postingBytes.bytes.subarray(0, postingBytes.length));

    if (firstKey >= 0 && block.length + entry.length > targetBytes) close();
    if (firstKey < 0) {
      block.varint(FORMAT_VERSION);
      firstKey = key;
    }
    block.append(entry.bytes.subarray(0, entry.length));
    lastKey = key;
  }
  close();
  return blocks;
}

function openBlock(data: Uint8Array): ByteReader {
  const reader = new ByteReader(data);
  const version = reader.varint();
  if (version !== FORMAT_VERSION) throw new Error(`posting block format ${version} is not ${FORMAT_VERSION}: rebuild the index`);
  return reader;
}

/** A block with the place of each gram's postings, read once so that each lookup is a binary search. */
export interface OpenedBlock {
  block: PostingBlock;
  /** gramKey() of each gram, ascending. */
  keys: Float64Array;
  counts: Uint32Array;
  offsets: Uint32Array;
}

/** Reads the gram directory of a block (not the postings). */
export function openPostingBlock(block: PostingBlock): OpenedBlock {
  const keys: number[] = [];
  const counts: number[] = [];
  const offsets: number[] = [];
  const reader = openBlock(block.data);
  while (!reader.done) {
    const first = reader.varint();
    const second = reader.varint();
    keys.push(second === 0 ? gramKey(first) : gramKey(first, second - 1));
    counts.push(reader.varint());
    const bytes = reader.varint();
    offsets.push(reader.offset);
    reader.offset += bytes;
  }
  return { block, keys: Float64Array.from(keys), counts: Uint32Array.from(counts), offsets: Uint32Array.from(offsets) };
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
  return decodePostings(opened.block.data, opened.offsets[low], opened.counts[low]);
}

/** The postings of `gram` in `block`, or an empty list. */
export function readPostings(block: PostingBlock, gram: string): Uint32Array {
  return postingsIn(openPostingBlock(block), gram);
}

/** Every gram of a block with its postings, in order (for tests and tools). */
export function readBlock(block: PostingBlock): { gram: string; postings: Uint32Array }[] {
  const out: { gram: string; postings: Uint32Array }[] = [];
  const reader = openBlock(block.data);
  while (!reader.done) {
    const a = reader.varint();
    const b = reader.varint();
    const count = reader.varint();
    const bytes = reader.varint();
    const gram = String.fromCodePoint(a) + (b === 0 ? '' : String.fromCodePoint(b - 1));
    out.push({ gram, postings: decodePostings(block.data, reader.offset, count) });
    reader.offset += bytes;
  }
  return out;
}
