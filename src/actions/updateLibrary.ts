import type { DataClient } from '../workers/dataBridge';
import type { IngestOutcome } from '../workers/dataApi';
import type { IngestProgress } from '../workers/ingest/ingestTypes';

/**
 * Brings the offline library up to the corpus published beside the app (`baseUrl`, the page's
 * document.baseURI): the data worker fetches what changed and stores it in IndexedDB. A worker
 * that dies or cannot start is reported like any other failure, as a value.
 */
export async function updateLibrary(
  client: Pick<DataClient, 'ingest'>,
  baseUrl: string,
  onProgress?: (progress: IngestProgress) => void,
  onWaitingForOtherTab?: () => void,
): Promise<IngestOutcome> {
  try {
    return await client.ingest(baseUrl, onProgress, onWaitingForOtherTab);
  } catch (error) {
    return { ok: false, failure: { reason: 'unexpected', message: String(error) } };
  }
}
