import type { ManifestEntry } from '../../build/packFormat';
import type { PackDownload } from './downloadPack';

type Settled = PackDownload | { error: unknown };

/**
 * Pack downloads started ahead of the writes, in manifest order, and cancelled together when
 * the ingest stops. Each settles to a value as soon as it starts, so none rejects unobserved.
 */
export class PackDownloads {
  readonly #started = new Map<number, Promise<Settled>>();
  readonly #controller = new AbortController();
  readonly #entries: readonly ManifestEntry[];
  readonly #download: (entry: ManifestEntry, signal: AbortSignal) => Promise<PackDownload>;
  readonly #signal: AbortSignal | undefined;
  readonly #onAbort = () => this.#controller.abort(this.#signal?.reason);
  #next = 0;

  constructor(
    entries: readonly ManifestEntry[],
    download: (entry: ManifestEntry, signal: AbortSignal) => Promise<PackDownload>,
    signal?: AbortSignal,
  ) {
    this.#entries = entries;
    this.#download = download;
    this.#signal = signal;
    signal?.addEventListener('abort', this.#onAbort, { once: true });
  }

  /** Starts the downloads up to index `last` that have not started. */
  startUpTo(last: number): void {
    for (; this.#next <= last && this.#next < this.#entries.length; this.#next++) {
      const entry = this.#entries[this.#next];
      if (entry === undefined) continue;
      this.#started.set(this.#next, this.#download(entry, this.#controller.signal).catch((error: unknown) => ({ error })));
    }
  }

  /** The download of entry `i`; throws what it threw (offline, aborted). */
  async take(i: number): Promise<PackDownload> {
    this.startUpTo(i);
    const settled = await this.#started.get(i);
    this.#started.delete(i);
    if (settled === undefined) throw new Error(`pack download ${i} was already taken`);
    if ('error' in settled) throw settled.error;
    return settled;
  }

  cancel(): void {
    this.#signal?.removeEventListener('abort', this.#onAbort);
    this.#controller.abort();
  }
}
