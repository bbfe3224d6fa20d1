import type { SearchDoc, ShardIndex } from './types';
import { compareDocs } from './compareDocs';
import { forEachGramKey } from './grams';
import { normalizeText } from './normalizeText';
import { FIELD_BODY, FIELD_HEAD, makePosting } from './postingCodec';
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
  const slots = new Map<number, number>();
  const lists: number[][] = [];
  let lastPosition = new Int32Array(1024);

  for (const [position, doc] of ordered.entries()) {
    const add = (field: number) => (key: number) => {
      let slot = slots.get(key);
      if (slot === undefined) {
        slot = lists.length;
        slots.set(key, slot);
        lists.push([makePosting(position, field)]);
        if (slot >= lastPosition.length) {
          const grown = new Int32Array(lastPosition.length * 2);
          grown.set(lastPosition);
          lastPosition = grown;
        }
        lastPosition[slot] = position;
      } else if (lastPosition[slot] === position) {
        const list = lists[slot];
        list[list.length - 1] |= field;
      } else {
        lists[slot].push(makePosting(position, field));
        lastPosition[slot] = position;
      }
    };
    const head = add(FIELD_HEAD);
    forEachGramKey(normalizeText(headlineOf(doc)), head);
    if (doc.byline !== null) forEachGramKey(normalizeText(doc.byline), head);
    forEachGramKey(normalizeText(doc.body), add(FIELD_BODY));
  }

  const keys = Float64Array.from(slots.keys()).sort();
  function* inOrder(): Generator<GramPostings> {
    for (const key of keys) yield { key, postings: lists[slots.get(key)!] };
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
