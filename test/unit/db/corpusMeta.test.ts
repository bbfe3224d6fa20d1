import { describe, expect } from 'vitest';
import { getCorpusVersion, getMeta, recordCorpusVersion } from '../../../src/db/corpusMeta';
import { itWithDb } from './helpers/testDatabase';

describe('recordCorpusVersion', () => {
  itWithDb('stamps when a new corpus version arrived, and keeps that time while the version stays', async ({ db }) => {
    expect(await getMeta(db, 'corpusUpdatedAt')).toBeUndefined();
    await recordCorpusVersion(db, 'v1', 1000);
    expect(await getCorpusVersion(db)).toBe('v1');
    expect(await getMeta(db, 'corpusUpdatedAt')).toBe(1000);

    // The same corpus ingested again (a later visit) is no update.
    await recordCorpusVersion(db, 'v1', 2000);
    expect(await getMeta(db, 'corpusUpdatedAt')).toBe(1000);

    await recordCorpusVersion(db, 'v2', 3000);
    expect(await getCorpusVersion(db)).toBe('v2');
    expect(await getMeta(db, 'corpusUpdatedAt')).toBe(3000);
  });
});
