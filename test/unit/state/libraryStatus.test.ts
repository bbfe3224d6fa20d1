import { describe, expect, it } from 'vitest';
import { progressValues, statusAfterIngest, statusWhenOpened } from '../../../src/state/libraryStatus';
import type { IngestOutcome } from '../../../src/workers/dataApi';
import type { IngestProgress, IngestResult } from '../../../src/workers/ingest/ingestTypes';

function result(fields: Partial<IngestResult> = {}): IngestOutcome {
  return {
    ok: true,
    result: {
      version: 'v1',
      complete: true,
      ingested: [],
      unchanged: 0,
      removed: [],
      failed: [],
      articlesWritten: 0,
      articlesDeleted: 0,
      bytesFetched: 0,
      shardsRebuilt: [],
      ...fields,
    },
  };
}

const damagedPack = { packId: 'p', file: 'corpus/p.json', reason: 'hash', detail: 'SHA-256 …' } as const;

describe('statusWhenOpened', () => {
  it('shows stored articles at once, updating behind; with none, waits for the first ingest', () => {
    expect(statusWhenOpened(12)).toEqual({ name: 'ready', updating: true, notice: null });
    expect(statusWhenOpened(0)).toEqual({ name: 'firstIngest', progress: null });
  });
});

describe('statusAfterIngest', () => {
  it('is ready without a notice after a first ingest', () => {
    expect(statusAfterIngest(result({ articlesWritten: 78 }), false, 78)).toEqual({ name: 'ready', updating: false, notice: null });
  });

  it('tells a reader with stored papers that new articles arrived', () => {
    expect(statusAfterIngest(result({ articlesWritten: 3 }), true, 81)).toEqual({
      name: 'ready',
      updating: false,
      notice: { kind: 'updated', articles: 3 },
    });
    expect(statusAfterIngest(result(), true, 78)).toMatchObject({ notice: null });
  });

  it('fails with the reason when nothing is stored', () => {
    const failed = (failure: Extract<IngestOutcome, { ok: false }>['failure']) => statusAfterIngest({ ok: false, failure }, false, 0);
    expect(failed({ reason: 'offline' })).toEqual({ name: 'failed', failure: { reason: 'offline' } });
    expect(failed({ reason: 'manifest-missing', status: 404 })).toEqual({ name: 'failed', failure: { reason: 'missing', status: 404 } });
    expect(failed({ reason: 'manifest-damaged' })).toEqual({ name: 'failed', failure: { reason: 'damaged' } });
    expect(failed({ reason: 'unexpected', message: 'worker died' })).toEqual({ name: 'failed', failure: { reason: 'damaged' } });
  });

  it('keeps stored papers readable when an update fails, with a small notice', () => {
    expect(statusAfterIngest({ ok: false, failure: { reason: 'offline' } }, true, 78)).toEqual({
      name: 'ready',
      updating: false,
      notice: { kind: 'offline' },
    });
    expect(statusAfterIngest({ ok: false, failure: { reason: 'manifest-missing', status: 500 } }, true, 78)).toMatchObject({
      notice: { kind: 'updateFailed' },
    });
  });

  it('says how many articles are stored when the disk filled up during an update', () => {
    const full = { ok: false, failure: { reason: 'storage', fault: 'full' } } as const;
    expect(statusAfterIngest(full, false, 13)).toEqual({ name: 'ready', updating: false, notice: { kind: 'storageFull', articles: 13 } });
    expect(statusAfterIngest(full, false, 0)).toEqual({ name: 'failed', failure: { reason: 'storage' } });
    const unavailable = { ok: false, failure: { reason: 'storage', fault: 'unavailable' } } as const;
    expect(statusAfterIngest(unavailable, true, 78)).toMatchObject({ notice: { kind: 'updateFailed' } });
  });

  it('fails when every pack was damaged and nothing is stored; notes it when some papers are', () => {
    expect(statusAfterIngest(result({ complete: false, failed: [damagedPack] }), false, 0)).toEqual({
      name: 'failed',
      failure: { reason: 'damaged' },
    });
    expect(statusAfterIngest(result({ complete: false, failed: [damagedPack], articlesWritten: 5 }), false, 5)).toMatchObject({
      name: 'ready',
      notice: { kind: 'updateFailed' },
    });
  });

  it('is ready and empty after a complete ingest of an empty corpus', () => {
    expect(statusAfterIngest(result(), false, 0)).toEqual({ name: 'ready', updating: false, notice: null });
  });
});

describe('progressValues', () => {
  const progress = (packsDone: number, packsTotal: number): IngestProgress => ({
    packsDone,
    packsTotal,
    articlesWritten: 0,
    articlesDeleted: 0,
    bytesTotal: 0,
    bytesDone: 0,
    currentPack: null,
    failed: [],
  });

  it('counts packs done of packs to fetch; nothing to show before the manifest is read', () => {
    expect(progressValues(progress(2, 6))).toEqual({ done: 2, total: 6 });
    expect(progressValues(null)).toBeNull();
    expect(progressValues(progress(0, 0))).toBeNull();
  });
});
