import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const SEEDS_DIR = join(import.meta.dirname, '../../seeds');
export const GOLD_DIR = join(import.meta.dirname, '../fixtures/gold');

/** The seed pages shipped in seeds/, by base name. */
export function seedPages(): { source: string; text: string }[] {
  return readdirSync(SEEDS_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((source) => ({ source, text: readFileSync(join(SEEDS_DIR, source), 'utf8') }));
}
