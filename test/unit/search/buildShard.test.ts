import { describe, expect, it } from 'vitest';
import { buildShard, buildShards } from '../../../src/search/buildShard';
import { forEachGramKey, gramOfKey } from '../../../src/search/grams';
import { normalizeText } from '../../../src/search/normalizeText';
import { readBlock, TARGET_BLOCK_BYTES } from '../../../src/search/postingBlock';
import { FIELD_BODY, FIELD_HEAD, fieldsOf, positionOf } from '../../../src/search/postingCodec';
import { headlineOf } from '../../../src/search/toShardDoc';
import { makeSearchDoc } from '../../helpers/makeSearchDoc';
import { synthSearchDocs } from '../../helpers/searchFixtures';

describe('buildShard', () => {
  it('orders docs newest first, then by paper, page (A2 before A10) and order', () => {
    const docs = [
      makeSearchDoc({ id: 'old', date: '2022-02-01', paper: '甲报', page: 'A01' }),
      makeSearchDoc({ id: 'p10', date: '2022-02-09', paper: '甲报', page: 'A10' }),
      makeSearchDoc({ id: 'p2b', date: '2022-02-09', paper: '甲报', page: 'A2', order: 1 }),
      makeSearchDoc({ id: 'p2a', date: '2022-02-09', paper: '甲报', page: 'A2', order: 0 }),
      makeSearchDoc({ id: 'other', date: '2022-02-09', paper: '乙报', page: 'A01' }),
    ];
    // '乙' (U+4E59) sorts before '甲' (U+7532).
    expect(buildShard('2022-02', docs).docs.map((doc) => doc.id)).toEqual(['other', 'p2a', 'p2b', 'p10', 'old']);
  });

  it('orders undated docs by page and order', () => {
    const docs = [
      makeSearchDoc({ id: 'b1', page: 'B01', order: 0 }),
      makeSearchDoc({ id: 'a1', page: 'A01', order: 1 }),
      makeSearchDoc({ id: 'a0', page: 'A01', order: 0 }),
    ];
    expect(buildShard('src:a.txt', docs).docs.map((doc) => doc.id)).toEqual(['a0', 'a1', 'b1']);
  });

  it('keeps the headline as displayed: kicker, title and subtitle joined with a space', () => {
    const [doc] = buildShard('src:a.txt', [makeSearchDoc({ id: 'x', kicker: '引题', title: '主题', subtitle: null, byline: '记者 甲' })]).docs;
    expect(doc).toMatchObject({ headline: '引题 主题', byline: '记者 甲' });
  });

  it('refuses a doc of another shard', () => {
    expect(() => buildShard('2022-03', [makeSearchDoc({ id: 'x', date: '2022-02-01' })])).toThrow(/shard 2022-02/);
  });

  it('packs grams in code-unit order into blocks of at most about 8 KB', () => {
    const shard = buildShards(synthSearchDocs(150)).sort((a, b) => b.docs.length - a.docs.length)[0];
    expect(shard.blocks.length).toBeGreaterThan(10);
    const grams = shard.blocks.flatMap(readBlock).map((entry) => entry.gram);
    for (let i = 1; i < grams.length; i++) expect(grams[i - 1] < grams[i]).toBe(true);
    for (const block of shard.blocks) {
      if (readBlock(block).length > 1) expect(block.data.length).toBeLessThanOrEqual(TARGET_BLOCK_BYTES);
    }
    const sizes = shard.blocks.map((block) => block.data.length);
    expect(sizes.reduce((a, b) => a + b) / sizes.length).toBeGreaterThan(TARGET_BLOCK_BYTES * 0.8);
    // Parsing 150 synthetic pages takes a few seconds on a busy machine.
  }, 20_000);

  it('posts every unigram and bigram of each field, and no gram spanning two fields', () => {
    const docs = [
      makeSearchDoc({ id: 'a', date: '2022-02-02', title: '科协', byline: '记者 甲', body: '奥密\n克戎 BA.2' }),
      makeSearchDoc({ id: 'b', date: '2022-02-01', title: '科学', body: '科协' }),
    ];
    const shard = buildShard('2022-02', docs);
    const postings = new Map(shard.blocks.flatMap(readBlock).map((entry) => [entry.gram, [...entry.postings].map((p) => [positionOf(p), fieldsOf(p)])]));
    for (const [position, doc] of [docs[0], docs[1]].entries()) {
      const fields: [string, number][] = [[headlineOf(doc), FIELD_HEAD], [doc.byline ?? '', FIELD_HEAD], [doc.body, FIELD_BODY]];
      for (const [text, field] of fields) {
        forEachGramKey(normalizeText(text), (key) => {
          const found = postings.get(gramOfKey(key))?.find(([p]) => p === position);
          expect(found && (found[1] & field) !== 0, `${gramOfKey(key)} in doc ${position}`).toBe(true);
        });
      }
    }
    expect(postings.get('科协')).toEqual([[0, FIELD_HEAD], [1, FIELD_BODY]]);
    expect(postings.get('戎b')).toEqual([[0, FIELD_BODY]]);
    expect(postings.has('协记')).toBe(false);
    expect(postings.has('甲奥')).toBe(false);
  });
});

describe('buildShards', () => {
  it('builds one shard per month and per undated seed file, newest first', () => {
    const shards = buildShards([
      makeSearchDoc({ id: 'u', source: 'z.txt' }),
      makeSearchDoc({ id: 'j', date: '2022-01-05' }),
      makeSearchDoc({ id: 'f', date: '2022-02-05' }),
    ]);
    expect(shards.map((shard) => shard.shard)).toEqual(['2022-02', '2022-01', 'src:z.txt']);
  });
});
