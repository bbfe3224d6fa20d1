import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CorpusManifest } from '../../src/build/packFormat';

/** The corpus manifest of the build the browser tests serve (DUBAO_DIST, else dist/), and its article count. */
export function servedCorpus(): { manifest: CorpusManifest; totalArticles: number } {
  const manifest = JSON.parse(readFileSync(join(process.env.DUBAO_DIST ?? 'dist', 'corpus/manifest.json'), 'utf8')) as CorpusManifest;
  return { manifest, totalArticles: manifest.packs.reduce((sum, pack) => sum + pack.count, 0) };
}

/** The README's example article, in the first pack of the seeds (焦作日报 2022-02-09 A07). */
export const spinalArticle = { id: 'fd32062a99bd', title: '人工3D脊髓组织或可让瘫痪者重新行走' };
