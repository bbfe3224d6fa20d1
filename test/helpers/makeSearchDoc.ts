import { shardOf } from '../../src/search/shardOf';
import type { SearchDoc } from '../../src/search/types';

/** A search doc with every field null or empty except what the test states; its shard follows date and source. */
export function makeSearchDoc(fields: Partial<SearchDoc> & Pick<SearchDoc, 'id'>): SearchDoc {
  const doc: SearchDoc = {
    shard: '',
    paper: null,
    date: null,
    page: null,
    section: null,
    kind: 'article',
    order: 0,
    source: 'a.txt',
    kicker: null,
    title: null,
    subtitle: null,
    byline: null,
    body: '',
    ...fields,
  };
  return { ...doc, shard: fields.shard ?? shardOf(doc) };
}
