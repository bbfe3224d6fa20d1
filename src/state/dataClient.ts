import { createDataClient, type DataClient } from '../workers/dataBridge';

let client: DataClient | undefined;

/** The page's one data worker, started on first use. */
export function dataClient(): DataClient {
  client ??= createDataClient();
  return client;
}
