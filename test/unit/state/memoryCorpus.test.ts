import { describe, expect, it } from 'vitest';
import type { CorpusManifest, ManifestEntry } from '../../../src/build/packFormat';
import { newestWithinBudget } from '../../../src/state/memoryCorpus';

function pack(id: string, date: string | null, count: number): ManifestEntry {
  return { id, file: `corpus/${id}.json`, hash: id.padEnd(64, '0'), size: count * 1000, count, paper: '焦作日报', date, source: date === null ? `${id}.txt` : null };
}

const manifest: CorpusManifest = {
  version: '0123456789abcdef',
  generatedFrom: 5,
  packs: [pack('a', '2022-02-07', 100), pack('undated', null, 30), pack('c', '2022-02-09', 100), pack('b', '2022-02-08', 100)],
};

describe('newestWithinBudget', () => {
  it('keeps the newest editions whose items fit, in the manifest order, and counts the rest', () => {
    const { manifest: kept, leftOut } = newestWithinBudget(manifest, 250);
    expect(kept.packs.map((entry) => entry.id)).toEqual(['c', 'b']);
    expect(leftOut).toBe(2);
    expect(kept.version).toBe(manifest.version);
  });

  it('stops at the first edition that does not fit, rather than skipping to an older smaller one', () => {
    const { manifest: kept } = newestWithinBudget(manifest, 320);
    expect(kept.packs.map((entry) => entry.id)).toEqual(['a', 'c', 'b']);
  });

  it('takes undated pages after every dated edition, and everything when it all fits', () => {
    expect(newestWithinBudget(manifest, 330)).toEqual({ manifest, leftOut: 0 });
  });

  it('always keeps the newest edition, even one over the budget', () => {
    const { manifest: kept, leftOut } = newestWithinBudget(manifest, 10);
    expect(kept.packs.map((entry) => entry.id)).toEqual(['c']);
    expect(leftOut).toBe(3);
  });
});
