import { createDataClient, type DataClient } from '../workers/dataBridge';

let client: DataClient | undefined;

/** The page's one data worker, started on first use. */
export function dataClient(): DataClient {
  client ??= createDataClient();
  return client;
}

/** From now on the page's data goes through `next` (the in-memory library when IndexedDB fails). */
export function useDataClient(next: DataClient): void {
  client?.close();
  client = next;
}
