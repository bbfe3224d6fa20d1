import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { SeedFile } from '../corpus/index.ts';
import { isSeedFileName } from './isSeedFile.ts';

/** Reads every seeds/*.txt as bytes, in file-name order so builds are reproducible. */
export async function readSeedFiles(seedsDir: string): Promise<SeedFile[]> {
  const entries = await readdir(seedsDir, { withFileTypes: true });
  const names = entries
    .filter((e) => e.isFile() && isSeedFileName(e.name))
    .map((e) => e.name)
    .sort();
  return Promise.all(
    names.map(async (source) => ({ source, bytes: new Uint8Array(await readFile(join(seedsDir, source))) })),
  );
}
