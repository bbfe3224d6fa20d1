import type { SearchDoc, ShardIndex } from './types';
import { compareDocs } from './compareDocs';
import { forEachGramPair, SECOND_KEYS } from './grams';
import { GramTable, grow } from './gramTable';
import { normalizeText } from './normalizeText';
import { FIELD_BODY, FIELD_HEAD } from './postingCodec';
import { writeBlocks, type GramPostings } from './postingBlock';
import { compareShards } from './shardOf';
import { headlineOf, toShardDoc } from './toShardDoc';

/**
 * Builds the index of one shard: its docs in result order and the postings of every unigram and
 * bigram of each doc's normalized headline, byline and body. Grams are taken per field, so no
 * gram spans two fields and a term of one or two characters needs no text check.
 */
export function buildShard(shard: string, docs: readonly SearchDoc[]): ShardIndex {
  for (const doc of docs) {
    if (doc.shard !== shard) throw new Error(`doc ${doc.id} belongs to shard ${doc.shard}, not ${shard}`);
  }
  const ordered = [...docs].sort(compareDocs);
  const grams = new GramTable();
  // Each doc's distinct grams with their fields, in doc order: (slot, fields) from docStart[p].
  let seqSlots = new Int32Array(1 << 16);
  let seqFields = new Uint8Array(1 << 16);
  let seqLength = 0;
  const docStart = new Int32Array(ordered.length + 1);
  let fieldsOfSlot = new Uint8Array(1024);
  let counts = new Int32Array(1024);

  for (const [position, doc] of ordered.entries()) {
    docStart[position] = seqLength;
    let field = FIELD_HEAD;
    const visit = (a: number, b: number) => {
      const slot = grams.slotOf(a, b);
      if (slot >= fieldsOfSlot.length) {
        const grown = new Uint8Array(fieldsOfSlot.length * 2);
        grown.set(fieldsOfSlot);
        fieldsOfSlot = grown;
        counts = grow(counts, fieldsOfSlot.length);
      }
      if (fieldsOfSlot[slot] === 0) {
        if (seqLength === seqSlots.length) {
          seqSlots = grow(seqSlots, seqLength * 2);
          const grown = new Uint8Array(seqLength * 2);
          grown.set(seqFields);
          seqFields = grown;
        }
        seqSlots[seqLength++] = slot;
        counts[slot]++;
      }
      fieldsOfSlot[slot] |= field;
    };
    forEachGramPair(normalizeText(headlineOf(doc)), visit);
    if (doc.byline !== null) forEachGramPair(normalizeText(doc.byline), visit);
    field = FIELD_BODY;
    forEachGramPair(normalizeText(doc.body), visit);
    for (let k = docStart[position]; k < seqLength; k++) {
      const slot = seqSlots[k];
      seqFields[k] = fieldsOfSlot[slot];
      fieldsOfSlot[slot] = 0;
    }
  }
  docStart[ordered.length] = seqLength;

  // Every gram's postings, one after another in one array; docs come in order, so each list ascends.
  const starts = new Int32Array(grams.size + 1);
  for (let slot = 0; slot < grams.size; slot++) starts[slot + 1] = starts[slot] + counts[slot];
  const postings = new Uint32Array(seqLength);
  const fill = starts.slice(0, grams.size);
  for (let position = 0; position < ordered.length; position++) {
    for (let k = docStart[position]; k < docStart[position + 1]; k++) postings[fill[seqSlots[k]]++] = position * 4 + seqFields[k];
  }

  const keys = new Float64Array(grams.size);
  for (let slot = 0; slot < grams.size; slot++) keys[slot] = grams.a[slot] * SECOND_KEYS + grams.b[slot];
  const inKeyOrder = Uint32Array.from({ length: grams.size }, (_, slot) => slot).sort((x, y) => keys[x] - keys[y]);
  function* inOrder(): Generator<GramPostings> {
    for (const slot of inKeyOrder) yield { key: keys[slot], postings: postings.subarray(starts[slot], starts[slot + 1]) };
  }
  return { shard, docs: ordered.map(toShardDoc), blocks: writeBlocks(shard, inOrder()) };
}

/** Groups docs by their shard and builds each, in shard order (newest first). */
export function buildShards(docs: readonly SearchDoc[]): ShardIndex[] {
  const byShard = new Map<string, SearchDoc[]>();
  for (const doc of docs) {
    const list = byShard.get(doc.shard);
    if (list) list.push(doc);
    else byShard.set(doc.shard, [doc]);
  }
  return [...byShard.keys()].sort(compareShards).map((shard) => buildShard(shard, byShard.get(shard)!));
}
