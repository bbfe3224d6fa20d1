import { dirname, resolve } from 'node:path';

export function isSeedFileName(name: string): boolean {
  return /\.txt$/i.test(name);
}

/** True for a .txt file directly inside the seeds folder: the files the corpus is parsed from. */
export function isSeedFile(filePath: string, seedsDir: string): boolean {
  const absolute = resolve(filePath);
  return dirname(absolute) === resolve(seedsDir) && isSeedFileName(absolute);
}
