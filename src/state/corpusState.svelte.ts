import { CorpusLoadError, type CorpusLoadFailure } from '../actions/CorpusLoadError';
import { loadCorpus } from '../actions/loadCorpus';
import type { ReaderItem } from '../reading/readerItem';

type CorpusStatus =
  | { name: 'loading' }
  | { name: 'ready'; items: ReaderItem[]; byId: Map<string, ReaderItem> }
  | { name: 'failed'; failure: CorpusLoadFailure };

/** The corpus the reader is showing, and whether it is still loading or failed to load. */
class CorpusState {
  status = $state.raw<CorpusStatus>({ name: 'loading' });

  async load(): Promise<void> {
    this.status = { name: 'loading' };
    try {
      const { items } = await loadCorpus(document.baseURI);
      this.status = { name: 'ready', items, byId: new Map(items.map((i) => [i.id, i])) };
    } catch (error) {
      console.error(error);
      // Anything unexpected is reported to the reader like unreadable data: the fix is the same.
      this.status = { name: 'failed', failure: error instanceof CorpusLoadError ? error.failure : { reason: 'damaged' } };
    }
  }
}

export const corpusState = new CorpusState();
