import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

// Vite's own chunk size warning has one limit for every chunk, and says nothing of which one.
// The 简→繁 dictionary (opencc-js) is over a megabyte and loads only when a reader picks 繁體:
// it is exempt by name; everything else, the entry above all, is held to the limits.

export interface ChunkSizeBudget {
  /** Any chunk larger than this (minified bytes) is reported… */
  chunkLimitBytes: number;
  /** …unless it is loaded lazily and holds one of these modules (path fragments). */
  exemptLazyModules: readonly string[];
  /** The entry chunk, gzipped, above this is reported too: it is what the first screen waits for. */
  entryGzipLimitBytes: number;
}

export interface BuiltChunk {
  fileName: string;
  code: string;
  isEntry: boolean;
  moduleIds: readonly string[];
}

/** What to warn about, one line per chunk over its budget. */
export function chunkSizeWarnings(chunks: readonly BuiltChunk[], budget: ChunkSizeBudget): string[] {
  const warnings: string[] = [];
  const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
  for (const chunk of chunks) {
    const size = Buffer.byteLength(chunk.code);
    const exempt = !chunk.isEntry && chunk.moduleIds.some((id) => budget.exemptLazyModules.some((part) => id.includes(part)));
    if (size > budget.chunkLimitBytes && !exempt) {
      warnings.push(`${chunk.fileName} is ${kB(size)} minified, over the ${kB(budget.chunkLimitBytes)} budget of a chunk`);
    }
    if (chunk.isEntry) {
      const gzipped = gzipSync(chunk.code).byteLength;
      if (gzipped > budget.entryGzipLimitBytes) {
        warnings.push(`the entry ${chunk.fileName} is ${kB(gzipped)} gzipped, over its ${kB(budget.entryGzipLimitBytes)} budget`);
      }
    }
  }
  return warnings;
}

/** Reports chunks over `budget` as build warnings (set build.chunkSizeWarningLimit out of its way). */
export function chunkSizeBudget(budget: ChunkSizeBudget): Plugin {
  return {
    name: 'dubao:chunk-size-budget',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).flatMap((output) => (output.type === 'chunk' ? [output] : []));
      for (const warning of chunkSizeWarnings(chunks, budget)) this.warn(warning);
    },
  };
}
