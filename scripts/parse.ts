// npm run --silent parse -- seeds/*.txt > out.json
// stdout carries only {"documents":[...]}; warnings go to stderr as file:line: message.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseSeedFile } from '../src/corpus/parseSeedFiles';
import type { ParseWarning } from '../src/corpus/types';
import { listTextFiles } from './listTextFiles';

const USAGE = 'usage: npm run --silent parse -- FILE_OR_DIR... > out.json\n'
  + 'Parses newspaper page text files (a directory: the *.txt inside) and prints {"documents":[...]}.';

async function main(args: string[]): Promise<number> {
  if (args.length === 0 || args.includes('--help') || args.includes('-h')) {
    console.error(USAGE);
    return args.length === 0 ? 2 : 0;
  }
  const { files, problems } = listTextFiles(args);
  for (const problem of problems) console.error(`${problem.path}: ${problem.message}`);

  // One file at a time, written as soon as it is parsed: memory stays that of the largest file.
  let parsed = 0;
  const seenSources = new Map<string, string>();
  await write('{"documents":[');
  for (const path of files) {
    const source = basename(path);
    if (seenSources.has(source)) console.error(`${path}: same base name as ${seenSources.get(source)}; both are source ${source}`);
    seenSources.set(source, path);
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(path);
    } catch (error) {
      console.error(`${path}: cannot read (${(error as NodeJS.ErrnoException).code ?? error})`);
      continue;
    }
    const { document, warnings } = parseSeedFile({ source, bytes });
    for (const warning of warnings) console.error(formatWarning(path, warning));
    if (document) await write(`${parsed++ === 0 ? '\n' : ',\n'}${JSON.stringify(document)}`);
  }
  await write('\n]}\n');
  if (parsed === 0) console.error('no file could be parsed');
  return parsed > 0 ? 0 : 1;
}

function formatWarning(path: string, { line, message }: ParseWarning): string {
  return line === null ? `${path}: ${message}` : `${path}:${line}: ${message}`;
}

function write(chunk: string): Promise<void> {
  return new Promise((resolve) => {
    if (process.stdout.write(chunk)) resolve();
    else process.stdout.once('drain', resolve);
  });
}

// A reader that stops early (`| head`) closes the pipe: stop quietly, as cat does.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(0);
});

process.exitCode = await main(process.argv.slice(2));
