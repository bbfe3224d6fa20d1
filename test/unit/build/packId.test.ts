import { describe, expect, it } from 'vitest';
import { editionPackId, sourcePackId } from '../../../src/build/packId';

const urlSafe = /^[a-z0-9_-]+$/;

describe('editionPackId', () => {
  it('shows the date and a short hash of the paper name', () => {
    expect(editionPackId('焦作日报', '2022-02-09')).toMatch(/^e-2022-02-09-[0-9a-f]{10}$/);
  });

  it('is the same for the same edition and differs between papers', () => {
    expect(editionPackId('焦作日报', '2022-02-09')).toBe(editionPackId('焦作日报', '2022-02-09'));
    expect(editionPackId('焦作日报', '2022-02-09')).not.toBe(editionPackId('焦作晚报', '2022-02-09'));
  });
});

describe('sourcePackId', () => {
  it('uses the seed file name when it is already a slug', () => {
    expect(sourcePackId('000_2bc5e1aa8259982a.txt')).toBe('src-000_2bc5e1aa8259982a');
  });

  it('stays URL-safe and distinct for names that are not', () => {
    const ids = ['报纸.txt', '新闻.txt', 'A.txt', 'a.txt', 'a b.txt', 'a-b.txt'].map(sourcePackId);
    for (const id of ids) expect(id).toMatch(urlSafe);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
