import { updateLibrary } from '../actions/updateLibrary';
import type { DubaoDatabase } from '../db/DubaoDatabase';
import type { DataClient } from '../workers/dataBridge';
import { dataClient } from './dataClient';
import type { LibraryConnection } from './libraryConnection';
import { statusAfterIngest, statusWhenOpened, type LibraryStatus } from './libraryStatus';

export interface LibraryDeps {
  connect: (onVersionChange: () => void) => Promise<LibraryConnection>;
  client: () => Pick<DataClient, 'ingest'>;
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
  /** Counts the ingests that changed the stored articles, so searches can run again. */
  revision = $state(0);
  #connection: LibraryConnection | null = null;
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
    if (this.#connection === null) {
      try {
        this.#connection = await this.#deps.connect(() => (this.versionChanged = true));
      } catch (error) {
        console.error(error);
        this.status = { name: 'failed', failure: { reason: 'storage' } };
        return;
      }
    }
    const stored = await this.#connection.countArticles();
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

  async #ingest(hadArticles: boolean): Promise<void> {
    const connection = this.connection;
    const outcome = await updateLibrary(this.#deps.client(), this.#deps.baseUrl(), (progress) => {
      if (this.status.name === 'firstIngest') this.status = { name: 'firstIngest', progress };
    });
    if (!outcome.ok) console.warn('the papers could not be updated', outcome.failure);
    this.status = statusAfterIngest(outcome, hadArticles, await connection.countArticles());
    if (outcome.ok && (outcome.result.articlesWritten > 0 || outcome.result.articlesDeleted > 0)) this.revision++;
  }
}

export const library = new LibraryState({
  connect: async (onVersionChange) => (await import('./libraryConnection')).connectLibrary(onVersionChange),
  client: dataClient,
  baseUrl: () => document.baseURI,
});
