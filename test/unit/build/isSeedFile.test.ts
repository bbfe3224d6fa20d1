import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isSeedFile } from '../../../src/build/isSeedFile';

const seeds = join('/project', 'seeds');

describe('isSeedFile', () => {
  it('accepts a .txt file directly in the seeds folder', () => {
    expect(isSeedFile(join(seeds, '000_2bc5e1aa8259982a.txt'), seeds)).toBe(true);
    expect(isSeedFile(join(seeds, '焦作日报.TXT'), seeds)).toBe(true);
  });

  it('ignores other files, sub-folders and other folders', () => {
    expect(isSeedFile(join(seeds, 'notes.md'), seeds)).toBe(false);
    expect(isSeedFile(join(seeds, 'old', 'a.txt'), seeds)).toBe(false);
    expect(isSeedFile(join('/project', 'src', 'a.txt'), seeds)).toBe(false);
  });
});
