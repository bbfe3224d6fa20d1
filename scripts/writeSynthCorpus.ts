import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { decodeSeed } from '../src/corpus/decodeSeed';
import { synthesizePages, type SynthOptions } from '../src/corpus/synth/synthesizePages';
import { listTextFiles } from './listTextFiles';

export interface WriteSynthOptions extends SynthOptions {
  seedsDir: string;
  outDir: string;
}

export interface WrittenCorpus {
  files: string[];
  bytes: number;
}

/** Writes a synthetic corpus made from the seed pages in `seedsDir` into `outDir`. */
export function writeSynthCorpus({ seedsDir, outDir, ...options }: WriteSynthOptions): WrittenCorpus {
  const seedTexts = listTextFiles([seedsDir]).files
    .map((path) => decodeSeed(basename(path), readFileSync(path)).text)
    .filter((text): text is string => text !== null);
  if (seedTexts.length === 0) throw new Error(`no readable seed pages in ${seedsDir}`);
  mkdirSync(outDir, { recursive: true });
  const written: WrittenCorpus = { files: [], bytes: 0 };
  for (const page of synthesizePages(seedTexts, options)) {
    const path = join(outDir, page.fileName);
    const bytes = Buffer.from(page.text, 'utf8');
    writeFileSync(path, bytes);
    written.files.push(path);
    written.bytes += bytes.length;
  }
  return written;
}
