import type { CorpusPack, ManifestEntry } from '../../build/packFormat';
import type { WholePack } from '../../db/packWrites';
import { toArticleRows } from './toArticleRows';

/**
 * Downloaded packs waiting to be written together in one transaction (writeWholePacks), up to
 * `maxRows` articles in all: a transaction has a fixed cost of its own, about as much as
 * writing a small pack, and one of a few hundred rows still holds the reader's queries up only
 * briefly. The first group of a run is its first pack alone, so that the first edition is
 * there to read (and kept, whatever happens next) as soon as it has arrived.
 */
export class PackGroup {
  private packs: WholePack[] = [];
  private rows = 0;
  private taken = false;

  constructor(private readonly maxRows: number) {}

  /** A pack of `count` articles can join the group. */
  fits(count: number): boolean {
    if (!this.taken && this.packs.length > 0) return false;
    return this.rows + count <= this.maxRows;
  }

  add(entry: ManifestEntry, pack: CorpusPack): void {
    const rows = toArticleRows(pack);
    this.packs.push({ entry, rows, shards: [...new Set(rows.map((row) => row.shard))] });
    this.rows += rows.length;
  }

  /** The packs waiting, in the order added; the group is empty afterwards. */
  take(): WholePack[] {
    const packs = this.packs;
    if (packs.length > 0) this.taken = true;
    this.packs = [];
    this.rows = 0;
    return packs;
  }
}
