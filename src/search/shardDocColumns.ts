// The docs of a shard as stored: a few strings and typed arrays rather than some 2,000 objects.
// IndexedDB reads a value by structured clone, object by object and field by field, so a year's
// docs as objects took about 50 ms to read on a cold start; as columns they are a few copies of
// memory, and half the bytes (papers, dates, pages, sections and kinds are stored once each).
import type { ShardDoc } from './types';

export interface ShardDocColumns {
  count: number;
  /** The docs' ids, headlines and bylines one after another, with the length of each (-1: a null byline). */
  ids: string;
  idLengths: Uint16Array;
  headlines: string;
  headlineLengths: Uint32Array;
  bylines: string;
  bylineLengths: Int32Array;
  /** The distinct papers, dates, pages, sections and kinds, and for each doc the index of its five. */
  values: (string | null)[];
  refs: Uint16Array;
}

const FIELDS = ['paper', 'date', 'page', 'section', 'kind'] as const;

export function toShardDocColumns(docs: readonly ShardDoc[]): ShardDocColumns {
  const values: (string | null)[] = [];
  const indexOf = new Map<string | null, number>();
  const refs = new Uint16Array(docs.length * FIELDS.length);
  const idLengths = new Uint16Array(docs.length);
  const headlineLengths = new Uint32Array(docs.length);
  const bylineLengths = new Int32Array(docs.length);
  for (const [i, doc] of docs.entries()) {
    if (doc.id.length > 0xffff) throw new RangeError(`id of ${doc.id.length} characters`);
    idLengths[i] = doc.id.length;
    headlineLengths[i] = doc.headline.length;
    bylineLengths[i] = doc.byline === null ? -1 : doc.byline.length;
    for (const [f, field] of FIELDS.entries()) {
      const value = doc[field];
      let index = indexOf.get(value);
      if (index === undefined) {
        index = values.length;
        if (index > 0xffff) throw new RangeError('too many distinct values in one shard');
        values.push(value);
        indexOf.set(value, index);
      }
      refs[i * FIELDS.length + f] = index;
    }
  }
  return {
    count: docs.length,
    ids: docs.map((doc) => doc.id).join(''),
    idLengths,
    headlines: docs.map((doc) => doc.headline).join(''),
    headlineLengths,
    bylines: docs.map((doc) => doc.byline ?? '').join(''),
    bylineLengths,
    values,
    refs,
  };
}

/** The docs back, in order; throws a RangeError when the columns do not fit together (a damaged row). */
export function fromShardDocColumns(columns: ShardDocColumns): ShardDoc[] {
  const { count, ids, idLengths, headlines, headlineLengths, bylines, bylineLengths, values, refs } = columns;
  if (
    !(idLengths instanceof Uint16Array && headlineLengths instanceof Uint32Array && bylineLengths instanceof Int32Array && refs instanceof Uint16Array) ||
    typeof ids !== 'string' || typeof headlines !== 'string' || typeof bylines !== 'string' || !Array.isArray(values) ||
    idLengths.length !== count || headlineLengths.length !== count || bylineLengths.length !== count || refs.length !== count * FIELDS.length
  ) {
    throw new RangeError('shard doc columns do not fit together');
  }
  const docs: ShardDoc[] = new Array(count);
  let idAt = 0;
  let headlineAt = 0;
  let bylineAt = 0;
  for (let i = 0; i < count; i++) {
    const bylineLength = bylineLengths[i];
    const r = i * FIELDS.length;
    if (refs[r] >= values.length || refs[r + 1] >= values.length || refs[r + 2] >= values.length || refs[r + 3] >= values.length || refs[r + 4] >= values.length) {
      throw new RangeError('shard doc value out of range');
    }
    docs[i] = {
      id: ids.slice(idAt, (idAt += idLengths[i])),
      paper: values[refs[r]],
      date: values[refs[r + 1]],
      page: values[refs[r + 2]],
      section: values[refs[r + 3]],
      kind: values[refs[r + 4]] as ShardDoc['kind'],
      headline: headlines.slice(headlineAt, (headlineAt += headlineLengths[i])),
      byline: bylineLength < 0 ? null : bylines.slice(bylineAt, (bylineAt += bylineLength)),
    };
  }
  if (idAt !== ids.length || headlineAt !== headlines.length || bylineAt !== bylines.length) throw new RangeError('shard doc columns do not fit together');
  return docs;
}
