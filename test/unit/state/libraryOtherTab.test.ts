// A second tab opened while the first saves the papers waits for it, and says so.
import { describe, expect, it } from 'vitest';
import { LibraryState } from '../../../src/state/libraryState.svelte';
import { libraryConnectionOf } from '../../../src/state/libraryConnection';
import { createDataApi } from '../../../src/workers/dataApi';
import { openTestDatabase } from '../db/helpers/testDatabase';
import { BASE_URL, buildCorpus, fakeServer } from '../workers/helpers/corpusServer';

const corpus = buildCorpus();

describe('a tab whose ingest waits for another tab', () => {
  it('shows the first-ingest screen with the other tab named, then the papers', async () => {
    const db = await openTestDatabase();
    let otherTabDone = () => {};
    const otherTab = new Promise<void>((resolve) => (otherTabDone = resolve));
    // The lock is held elsewhere: the API is told to wait, and waits for the other tab.
    const api = createDataApi({
      db,
      fetch: fakeServer(corpus).fetch,
      withIngestLock: async (task, onWait) => {
        onWait?.();
        await otherTab;
        return task();
      },
    });
    const library = new LibraryState({
      connect: async () => libraryConnectionOf(db),
      client: () => api,
      baseUrl: () => BASE_URL,
    });
    const started = library.start();
    await expect.poll(() => library.status).toEqual({ name: 'firstIngest', progress: null, otherTab: true });
    otherTabDone();
    await started;
    expect(library.status).toMatchObject({ name: 'ready' });
    db.close();
  });
});
