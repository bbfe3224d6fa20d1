/** Why the corpus could not be loaded, in terms the reader can act on. */
export type CorpusLoadFailure =
  | { reason: 'offline' }
  | { reason: 'missing'; status: number }
  | { reason: 'damaged' };

export class CorpusLoadError extends Error {
  readonly failure: CorpusLoadFailure;

  constructor(failure: CorpusLoadFailure, detail: string, options?: { cause?: unknown }) {
    super(detail, options);
    this.name = 'CorpusLoadError';
    this.failure = failure;
  }
}
