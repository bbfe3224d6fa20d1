import type { TextStore } from './types';
import type { LoadedShard } from './indexReader';
import { LruCache } from './lruCache';
import { normalizeText } from './normalizeText';

export interface BodyLimits {
  /** Normalized bodies kept for verification, in UTF-16 code units (2 bytes each). */
  maxNormalizedChars: number;
  /** Displayed bodies kept for snippets, in code units. */
  maxDisplayedChars: number;
}

// A year of a daily (25,000 items, ~15–40M characters) fits: at most ~80 MB of normalized text.
export const DEFAULT_BODY_LIMITS: BodyLimits = { maxNormalizedChars: 40_000_000, maxDisplayedChars: 2_000_000 };

/**
 * Reads bodies from a TextStore. Normalized bodies, which every candidate of a long term is
 * checked against, are kept beside their doc in `LoadedShard.bodies` (an array read, not a map
 * lookup by id, in the hot loop) and forgotten oldest first past the budget; a few displayed
 * bodies are kept for snippets.
 */
export class BodyReader {
  private readonly displayedBodies: LruCache<string, string>;
  // What is held, oldest first, so that the budget can be kept.
  private held: { shard: LoadedShard; position: number; chars: number }[] = [];
  private oldest = 0;
  private heldChars = 0;

  constructor(private readonly store: TextStore, private readonly limits: BodyLimits = DEFAULT_BODY_LIMITS) {
    this.displayedBodies = new LruCache(limits.maxDisplayedChars, (text) => text.length + 8);
  }

  /**
   * The normalized bodies of the docs at `positions` (in that order), loading those not held in
   * one request. A body the store lacks (an ingest in progress) is '' and asked for again next time.
   * The displayed bodies read are kept for snippets too, unless `keepDisplayed` is false.
   */
  async normalized(shard: LoadedShard, positions: readonly number[], { keepDisplayed = true } = {}): Promise<string[]> {
    const bodies = positions.map((position) => shard.bodies[position]);
    const missing = positions.filter((_, k) => bodies[k] === undefined);
    if (missing.length === 0) return bodies as string[];
    const ids = missing.map((position) => shard.docs[position].id);
    const fetched = await this.store.getBodies(ids);
    const loaded = new Map<number, string>();
    for (const [k, position] of missing.entries()) {
      const displayed = fetched.get(ids[k]);
      if (displayed === undefined) continue;
      const body = shard.bodies[position] ?? normalizeText(displayed);
      loaded.set(position, body);
      if (shard.bodies[position] === undefined) this.hold(shard, position, body);
    }
    // Last in, last out: the first positions (the newest docs) are kept longest.
    if (keepDisplayed) {
      for (let k = missing.length - 1; k >= 0; k--) {
        const displayed = fetched.get(ids[k]);
        if (displayed !== undefined) this.displayedBodies.set(ids[k], displayed);
      }
    }
    // Read from `loaded`, not from the shard: holding the last bodies may have let go of the first.
    return positions.map((position, k) => bodies[k] ?? loaded.get(position) ?? '');
  }

  /** Displayed bodies of `ids`, fetching those not held in one request; a body the store lacks is ''. */
  async displayed(ids: readonly string[]): Promise<Map<string, string>> {
    const found = new Map<string, string>();
    const missing: string[] = [];
    for (const id of ids) {
      const body = this.displayedBodies.get(id);
      if (body === undefined) missing.push(id);
      else found.set(id, body);
    }
    if (missing.length > 0) {
      const fetched = await this.store.getBodies(missing);
      for (const id of missing) {
        const body = fetched.get(id) ?? '';
        this.displayedBodies.set(id, body);
        found.set(id, body);
      }
    }
    return found;
  }

  clear(): void {
    for (let k = this.oldest; k < this.held.length; k++) this.held[k].shard.bodies[this.held[k].position] = undefined;
    this.held = [];
    this.oldest = 0;
    this.heldChars = 0;
    this.displayedBodies.clear();
  }

  /** Displayed text held for snippets, in code units. */
  get displayedHeld(): number {
    return this.displayedBodies.weight;
  }

  /** Normalized text held, in code units. */
  get normalizedHeld(): number {
    return this.heldChars;
  }

  private hold(shard: LoadedShard, position: number, body: string): void {
    const chars = body.length + 8;
    if (chars > this.limits.maxNormalizedChars) return;
    shard.bodies[position] = body;
    this.held.push({ shard, position, chars });
    this.heldChars += chars;
    while (this.heldChars > this.limits.maxNormalizedChars) {
      const { shard: evicted, position: at, chars: freed } = this.held[this.oldest++];
      evicted.bodies[at] = undefined;
      this.heldChars -= freed;
    }
    if (this.oldest > 4096 && this.oldest * 2 > this.held.length) {
      this.held = this.held.slice(this.oldest);
      this.oldest = 0;
    }
  }
}
