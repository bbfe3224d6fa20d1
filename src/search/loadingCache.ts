import { LruCache } from './lruCache';

/** An LruCache of values loaded asynchronously; concurrent requests for one key share a load, and failures are not kept. */
export class LoadingCache<K, V> {
  private readonly values: LruCache<K, V>;
  private readonly pending = new Map<K, Promise<V>>();
  private generation = 0;

  constructor(budget: number, weigh: (value: V) => number = () => 1) {
    this.values = new LruCache(budget, weigh);
  }

  /** The cached value, if any, without loading. */
  peek(key: K): V | undefined {
    return this.values.get(key);
  }

  get(key: K, load: (key: K) => Promise<V>): Promise<V> {
    const cached = this.values.get(key);
    if (cached !== undefined) return Promise.resolve(cached);
    let loading = this.pending.get(key);
    if (loading === undefined) {
      const generation = this.generation;
      loading = load(key);
      this.pending.set(key, loading);
      loading.then(
        (value) => {
          this.pending.delete(key);
          // A value loaded before an invalidation may be stale: hand it out, but do not keep it.
          if (generation === this.generation) this.values.set(key, value);
        },
        () => this.pending.delete(key),
      );
    }
    return loading;
  }

  set(key: K, value: V): void {
    this.values.set(key, value);
  }

  deleteWhere(test: (key: K, value: V) => boolean): void {
    this.generation++;
    this.values.deleteWhere(test);
    this.pending.clear();
  }

  clear(): void {
    this.generation++;
    this.values.clear();
    this.pending.clear();
  }

  get weight(): number {
    return this.values.weight;
  }
}
