// npm run corpus:synth -- --pages N --out DIR [--seed S] [--seeds DIR] [--year YYYY]
import { parseArgs } from 'node:util';
import { writeSynthCorpus } from './writeSynthCorpus';

const USAGE = 'usage: npm run corpus:synth -- --pages N --out DIR [--seed S] [--seeds DIR] [--year YYYY]';

function main(): number {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        pages: { type: 'string' },
        out: { type: 'string' },
        seed: { type: 'string', default: '1' },
        seeds: { type: 'string', default: 'seeds' },
        year: { type: 'string', default: '2022' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const pages = Number(values.pages);
  const seed = Number(values.seed);
  const year = Number(values.year);
  if (values.help || !values.out || !Number.isInteger(pages) || pages < 1 || !Number.isInteger(seed) || !Number.isInteger(year)) {
    console.error(USAGE);
    return values.help ? 0 : 2;
  }
  try {
    const written = writeSynthCorpus({ seedsDir: values.seeds, outDir: values.out, pages, seed, year });
    console.error(`wrote ${written.files.length} pages (${(written.bytes / 1024 / 1024).toFixed(1)} MB) to ${values.out}`);
    return 0;
  } catch (error) {
    console.error(`corpus:synth: ${(error as Error).message}`);
    return 1;
  }
}

process.exitCode = main();
