/** Why an ingest stopped before the end; what it finished stays stored and the next run resumes. */
export type IngestFailure =
  /** The manifest or a pack could not be fetched at all: offline, or the server is gone. */
  | { reason: 'offline' }
  | { reason: 'manifest-missing'; status: number }
  | { reason: 'manifest-damaged' };

export class IngestError extends Error {
  readonly failure: IngestFailure;

  constructor(failure: IngestFailure, detail: string, options?: { cause?: unknown }) {
    super(detail, options);
    this.name = 'IngestError';
    this.failure = failure;
  }
}
