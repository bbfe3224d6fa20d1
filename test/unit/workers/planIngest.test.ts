import { describe, expect, it } from 'vitest';
import type { ManifestEntry } from '../../../src/build/packFormat';
import type { PackRow } from '../../../src/db/rows';
import { planIngest } from '../../../src/workers/ingest/planIngest';

const entry = (id: string, hash: string): ManifestEntry => ({
  id, file: `corpus/${id}.${hash}.json`, hash, size: 10, count: 1, paper: null, date: null, source: `${id}.txt`,
});
const stored = (id: string, hash: string, state: PackRow['state'] = 'complete'): PackRow => ({
  ...entry(id, hash), state, shards: [], ingestedAt: state === 'complete' ? 1 : null,
});

describe('planIngest', () => {
  it('fetches new, changed and unfinished packs, keeps unchanged ones, removes those gone', () => {
    const manifest = { version: 'v2', generatedFrom: 4, packs: [entry('same', 'a'), entry('changed', 'b2'), entry('new', 'c'), entry('half', 'd')] };
    const plan = planIngest(manifest, [stored('same', 'a'), stored('changed', 'b1'), stored('half', 'd', 'ingesting'), stored('gone', 'e')]);
    expect(plan.toFetch.map((e) => e.id)).toEqual(['changed', 'new', 'half']);
    expect(plan.unchanged).toBe(1);
    expect(plan.toRemove.map((r) => r.id)).toEqual(['gone']);
  });
});
