import type { SearchFilters } from './types';
import type { BodyReader } from './bodyReader';
import { headOf, type IndexReader, type LoadedShard } from './indexReader';
import type { QueryTerm } from './prepareQuery';
import { hasFilters, matchesFilters, shardMayMatch } from './filters';
import { isExactByGrams, termGrams } from './grams';
import { intersectPostings, unionPostings } from './intersectPostings';
import { FIELD_BODY, FIELD_HEAD, fieldsOf, positionOf } from './postingCodec';

/** Where a hit is: its shard, its doc's position there, and the field the query was found in. */
export interface HitRef {
  shard: LoadedShard;
  position: number;
  in: 'headline' | 'body';
}

/** The docs of one shard that hold every term's grams in one field, after the filters. */
interface ShardCandidates {
  loaded: LoadedShard;
  positions: Int32Array;
  /** fields[i * termCount + t]: the fields of term t's grams in candidate i. */
  fields: Uint8Array;
  /** 1 where candidate i is a headline hit. */
  headline: Uint8Array;
  /** Next candidate the body phase looks at. */
  next: number;
}

// bodyTermsOf() gives a bit mask of terms; FAIL is no mask (terms are at most 31).
const FAIL = -1;
const HIT = 1;
const MISS = 2;
/** Room for the positions of one shard in a packed hit (2^21 docs). */
const SLOT = 2 ** 21;

/**
 * One query against the index, computed as far as it has been asked for. Order: headline hits
 * of every shard (they are found from postings and headlines alone), then body hits, shard by
 * shard, newest first; body hits are verified only until the asked number is reached, so the
 * first page costs the bodies of about one page, and `finish()` verifies the rest for the total.
 */
export class QueryRun {
  // Hits as numbers, `shard slot * SLOT + position`: a query may have tens of thousands.
  private readonly headHits: number[] = [];
  private readonly bodyHits: number[] = [];
  private shardIndex = 0;
  private exactTotal: number | null = null;
  private queue: Promise<void> = Promise.resolve();
  private readonly exact: boolean[];

  private constructor(
    readonly terms: readonly QueryTerm[],
    private readonly shards: ShardCandidates[],
    private readonly bodies: BodyReader,
  ) {
    this.exact = terms.map((term) => term.variants.every(isExactByGrams));
    for (const [slot, candidates] of shards.entries()) this.collectHeadHits(candidates, slot);
    if (this.exact.every(Boolean)) {
      this.exactTotal = shards.reduce((sum, c) => sum + c.positions.length, 0);
    }
  }

  static async start(terms: readonly QueryTerm[], filters: SearchFilters | undefined, index: IndexReader, bodies: BodyReader): Promise<QueryRun> {
    const names = terms.length === 0 ? [] : (await index.listShards()).filter((shard) => shardMayMatch(shard, filters));
    const shards = await Promise.all(names.map((shard) => findCandidates(shard, terms, filters, index)));
    return new QueryRun(terms, shards.filter((c): c is ShardCandidates => c !== null), bodies);
  }

  /** Hits known so far, in result order. */
  get found(): number {
    return this.headHits.length + this.bodyHits.length;
  }

  /** The number of hits, once known. */
  get total(): number | null {
    return this.exactTotal ?? (this.shardIndex >= this.shards.length ? this.found : null);
  }

  hitAt(index: number): HitRef | undefined {
    const inHead = index < this.headHits.length;
    const hit = inHead ? this.headHits[index] : this.bodyHits[index - this.headHits.length];
    if (hit === undefined) return undefined;
    const position = hit % SLOT;
    return { shard: this.shards[(hit - position) / SLOT].loaded, position, in: inHead ? 'headline' : 'body' };
  }

  /** Verifies candidates until `count` hits are known or none are left. */
  ensure(count: number): Promise<void> {
    const step = this.queue.then(() => this.advance(count));
    this.queue = step.catch(() => undefined);
    return step;
  }

  /** Verifies every candidate, so that the total is known. */
  finish(): Promise<void> {
    return this.ensure(Infinity);
  }

  private collectHeadHits(candidates: ShardCandidates, slot: number): void {
    const { loaded, positions, fields, headline } = candidates;
    const termCount = this.terms.length;
    for (let i = 0; i < positions.length; i++) {
      let inHead = true;
      for (let t = 0; t < termCount && inHead; t++) {
        inHead = (fields[i * termCount + t] & FIELD_HEAD) !== 0 && (this.exact[t] || this.inHeadline(t, loaded, positions[i]));
      }
      if (inHead) {
        headline[i] = 1;
        this.headHits.push(slot * SLOT + positions[i]);
      }
    }
  }

  private inHeadline(term: number, loaded: LoadedShard, position: number): boolean {
    const head = headOf(loaded, position);
    for (const variant of this.terms[term].variants) if (head.includes(variant)) return true;
    return false;
  }

  /**
   * What candidate i lacks before it is a hit: 0 nothing, FAIL, or a bit for each term that
   * only its body can hold (terms of one or two characters are proven by their postings).
   */
  private bodyTermsOf(candidates: ShardCandidates, i: number): number {
    const termCount = this.terms.length;
    let mask = 0;
    for (let t = 0; t < termCount; t++) {
      if (this.exact[t]) continue;
      const fields = candidates.fields[i * termCount + t];
      if ((fields & FIELD_HEAD) !== 0 && this.inHeadline(t, candidates.loaded, candidates.positions[i])) continue;
      if ((fields & FIELD_BODY) === 0) return FAIL;
      mask |= 1 << t;
    }
    return mask;
  }

  private bodyHolds(body: string, mask: number): boolean {
    for (let t = 0; mask !== 0; t++, mask >>>= 1) {
      if ((mask & 1) === 0) continue;
      let found = false;
      for (const variant of this.terms[t].variants) if ((found = body.includes(variant))) break;
      if (!found) return false;
    }
    return true;
  }

  private async advance(count: number): Promise<void> {
    while (this.found < count && this.shardIndex < this.shards.length) {
      const candidates = this.shards[this.shardIndex];
      const { positions, headline, loaded } = candidates;
      if (candidates.next >= positions.length) {
        this.shardIndex++;
        continue;
      }
      // Verify a little more than the page needs: most candidates of a long term are hits.
      const from = candidates.next;
      const end = Math.min(positions.length, from + (count === Infinity ? 4096 : Math.max(16, (count - this.found) * 2)));
      const verdicts = new Uint8Array(end - from);
      const pending: number[] = [];
      const masks: number[] = [];
      for (let i = from; i < end; i++) {
        if (headline[i]) continue;
        const mask = this.bodyTermsOf(candidates, i);
        if (mask === 0 || mask === FAIL) {
          verdicts[i - from] = mask === 0 ? HIT : MISS;
          continue;
        }
        const body = loaded.bodies[positions[i]];
        if (body === undefined) {
          pending.push(i);
          masks.push(mask);
        } else {
          verdicts[i - from] = this.bodyHolds(body, mask) ? HIT : MISS;
        }
      }
      if (pending.length > 0) {
        const bodies = await this.bodies.normalized(loaded, pending.map((i) => positions[i]));
        for (const [k, i] of pending.entries()) verdicts[i - from] = this.bodyHolds(bodies[k], masks[k]) ? HIT : MISS;
      }
      const base = this.shardIndex * SLOT;
      for (let i = from; i < end; i++) {
        if (verdicts[i - from] === HIT) this.bodyHits.push(base + positions[i]);
      }
      candidates.next = end;
    }
  }
}

/** The postings of a term in a shard: for each form, the docs holding all its grams; any form counts. */
async function termPostings(shard: string, term: QueryTerm, index: IndexReader): Promise<Uint32Array> {
  const forms = await Promise.all(
    term.variants.map(async (variant) => intersectPostings(await Promise.all(termGrams(variant).map((gram) => index.postingsOf(shard, gram))))),
  );
  return forms.reduce(unionPostings);
}

async function findCandidates(shard: string, terms: readonly QueryTerm[], filters: SearchFilters | undefined, index: IndexReader): Promise<ShardCandidates | null> {
  const [loaded, lists] = await Promise.all([index.shard(shard), Promise.all(terms.map((term) => termPostings(shard, term, index)))]);
  if (lists.some((list) => list.length === 0)) return null;

  const termCount = terms.length;
  const order = lists.map((_, t) => t).sort((a, b) => lists[a].length - lists[b].length);
  const shortest = lists[order[0]];
  const cursors = new Int32Array(termCount);
  const positions = new Int32Array(shortest.length);
  const fields = new Uint8Array(shortest.length * termCount);
  const filtering = hasFilters(filters);
  let count = 0;

  for (const posting of shortest) {
    const position = positionOf(posting);
    let inAll = true;
    for (const t of order) {
      const list = lists[t];
      let j = cursors[t];
      while (j < list.length && positionOf(list[j]) < position) j++;
      cursors[t] = j;
      if (j >= list.length || positionOf(list[j]) !== position) {
        inAll = false;
        break;
      }
      fields[count * termCount + t] = fieldsOf(list[j]);
    }
    if (!inAll || (filtering && !matchesFilters(loaded.docs[position], filters))) continue;
    positions[count++] = position;
  }
  if (count === 0) return null;
  return {
    loaded,
    positions: positions.subarray(0, count),
    fields: fields.subarray(0, count * termCount),
    headline: new Uint8Array(count),
    next: 0,
  };
}
