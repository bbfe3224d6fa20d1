import { updateLibrary } from '../actions/updateLibrary';
import type { DubaoDatabase } from '../db/DubaoDatabase';
import { storageFaultOf, type StorageFault } from '../db/storageError';
import type { DataClient } from '../workers/dataBridge';
import { dataClient, useDataClient } from './dataClient';
import type { LibraryConnection } from './libraryConnection';
import { statusAfterIngest, statusWhenOpened, type LibraryNotice, type LibraryStatus } from './libraryStatus';

export interface LibraryDeps {
  /** Opens the database on this device; `onBlocked` while an older tab holds up its upgrade. */
  connect: (onVersionChange: () => void, onBlocked: () => void) => Promise<LibraryConnection>;
  client: () => Pick<DataClient, 'ingest'>;
  /**
   * A library held in memory for this visit, read from the network, when the device's storage
   * fails; its client then serves the page's ingest and searches. Without it such a failure is final.
   */
  connectInMemory?: () => Promise<{ connection: LibraryConnection; client: Pick<DataClient, 'ingest'>; editionsLeftOut(): number }>;
  /** Where the corpus is published: the page's document.baseURI. */
  baseUrl: () => string;
}

/**
 * The offline library: the page's connection to IndexedDB, and the ingest that fills it. With
 * nothing stored, the reader waits for the first ingest (with progress); with articles stored,
 * they read at once while the update runs behind.
 */
export class LibraryState {
  status = $state.raw<LibraryStatus>({ name: 'opening' });
  /** Another tab upgraded the database: this tab's connection is closed and it must reload. */
  versionChanged = $state(false);
  /** This tab waits to upgrade the database until another (older) tab lets go of it. */
  upgradeBlocked = $state(false);
  /** Why the papers are held in memory for this visit only; null while they are kept on the device. */
  inMemory = $state<StorageFault | null>(null);
  /** Read in memory: how many (older) editions were left out to keep within the page's memory. */
  inMemoryEditionsLeftOut = $state(0);
  /** Counts the ingests that changed the stored articles, so searches can run again. */
  revision = $state(0);
  #connection: LibraryConnection | null = null;
  #client: Pick<DataClient, 'ingest'> | null = null;
  #deps: LibraryDeps;

  constructor(deps: LibraryDeps) {
    this.#deps = deps;
  }

  /** The open database and its views; pages only render once the library has left 'opening'. */
  get connection(): LibraryConnection {
    if (this.#connection === null) throw new Error('the library database is not open yet');
    return this.#connection;
  }

  /** False before the database opens, and when this browser refused to open it. */
  get isOpen(): boolean {
    return this.#connection !== null;
  }

  get db(): DubaoDatabase {
    return this.connection.db;
  }

  async start(): Promise<void> {
    let stored: number;
    try {
      this.#connection ??= await this.#deps.connect(
        () => (this.versionChanged = true),
        () => (this.upgradeBlocked = true),
      );
      stored = await this.#connection.countArticles();
    } catch (error) {
      console.error('the papers cannot be stored on this device', error);
      await this.#readInMemory(storageFaultOf(error) ?? 'unavailable');
      return;
    } finally {
      this.upgradeBlocked = false;
    }
    this.status = statusWhenOpened(stored);
    await this.#ingest(stored > 0);
  }

  /** After a failure with nothing stored: try again from the start. */
  retry(): Promise<void> {
    this.status = { name: 'opening' };
    return this.start();
  }

  dismissNotice(): void {
    if (this.status.name === 'ready') this.status = { ...this.status, notice: null };
  }

  /** Shows a notice over the papers (e.g. the search index was repaired). */
  tell(notice: LibraryNotice): void {
    if (this.status.name === 'ready') this.status = { ...this.status, notice };
  }

  async #ingest(hadArticles: boolean): Promise<void> {
    const connection = this.connection;
    const outcome = await updateLibrary(
      this.#client ?? this.#deps.client(),
      this.#deps.baseUrl(),
      (progress) => {
        if (this.status.name === 'firstIngest') this.status = { name: 'firstIngest', progress };
      },
      () => {
        if (this.status.name === 'firstIngest') this.status = { name: 'firstIngest', progress: null, otherTab: true };
      },
    );
    if (!outcome.ok) console.warn('the papers could not be updated', outcome.failure);
    const stored = await connection.countArticles();
    // Nothing could be stored on the device (the disk full at once): read from the network instead.
    if (!outcome.ok && outcome.failure.reason === 'storage' && stored === 0 && this.inMemory === null) {
      await this.#readInMemory(outcome.failure.fault);
      return;
    }
    this.status = statusAfterIngest(outcome, hadArticles, stored);
    if (outcome.ok && (outcome.result.articlesWritten > 0 || outcome.result.articlesDeleted > 0)) this.revision++;
  }

  /**
   * The device's storage failed: the papers are fetched into memory for this visit. Whatever the
   * device holds (bookmarks included) is left as it is, for when its storage works again.
   */
  async #readInMemory(fault: StorageFault): Promise<void> {
    let memory: Awaited<ReturnType<NonNullable<LibraryDeps['connectInMemory']>>>;
    try {
      if (!this.#deps.connectInMemory) throw new Error('no in-memory library');
      memory = await this.#deps.connectInMemory();
      this.#connection = memory.connection;
      this.#client = memory.client;
    } catch (error) {
      console.error('the papers cannot be read in memory either', error);
      this.status = { name: 'failed', failure: { reason: 'storage' } };
      return;
    }
    this.inMemory = fault;
    this.status = statusWhenOpened(0);
    await this.#ingest(false);
    this.inMemoryEditionsLeftOut = memory.editionsLeftOut();
  }
}

export const library = new LibraryState({
  connect: async (onVersionChange, onBlocked) => (await import('./libraryConnection')).connectLibrary(onVersionChange, onBlocked),
  client: dataClient,
  connectInMemory: async () => {
    const memory = await (await import('./memoryLibrary')).openMemoryLibrary();
    // Searches go to the memory database too.
    useDataClient(memory.client);
    return memory;
  },
  baseUrl: () => document.baseURI,
});
