// npm run bench:parse [-- --sizes 100,1000,3000]
// Parses synthetic corpora of growing size so that linear (or worse) growth shows in the table.
// Goal: 3,000 pages in under 10 s on 2 cores.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { parseSeedFiles, type SeedFile } from '../src/corpus/parseSeedFiles';
import { writeSynthCorpus } from '../scripts/writeSynthCorpus';

const GOAL = { pages: 3000, seconds: 10 };

const { values } = parseArgs({ options: { sizes: { type: 'string', default: '100,1000,3000' }, seeds: { type: 'string', default: 'seeds' } } });
const sizes = values.sizes.split(',').map(Number);
const workDir = mkdtempSync(join(tmpdir(), 'dubao-bench-'));

const columns = ['pages', 'MiB', 'seconds', 'MiB/s', 'pages/s', 'items', 'warnings'];
console.log(columns.map((c) => c.padStart(9)).join(''));
try {
  for (const pages of sizes) {
    const outDir = join(workDir, String(pages));
    const written = writeSynthCorpus({ seedsDir: values.seeds, outDir, pages, seed: 1 });
    const files: SeedFile[] = written.files.map((path) => ({ source: basename(path), bytes: readFileSync(path) }));
    const started = performance.now();
    const { documents, warnings } = parseSeedFiles(files);
    const seconds = (performance.now() - started) / 1000;
    const mebibytes = written.bytes / 1024 / 1024;
    const items = documents.reduce((sum, document) => sum + document.items.length, 0);
    const row = [pages, mebibytes.toFixed(1), seconds.toFixed(2), (mebibytes / seconds).toFixed(1), (pages / seconds).toFixed(0), items, warnings.length];
    console.log(row.map((cell) => String(cell).padStart(9)).join(''));
    if (pages === GOAL.pages) {
      console.log(seconds < GOAL.seconds ? `goal met: ${GOAL.pages} pages in ${seconds.toFixed(2)} s (< ${GOAL.seconds} s)` : `GOAL MISSED: ${GOAL.pages} pages took ${seconds.toFixed(2)} s (goal ${GOAL.seconds} s)`);
    }
    rmSync(outDir, { recursive: true });
  }
} finally {
  rmSync(workDir, { recursive: true, force: true });
}
