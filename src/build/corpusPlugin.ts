import { relative, resolve } from 'node:path';
import type { Logger, Plugin, ViteDevServer } from 'vite';
import { parseSeedFiles } from '../corpus/index.ts';
import { buildPacks, manifestJson, type BuiltCorpus } from './buildPacks.ts';
import { corpusRequestPath, corpusResponse } from './corpusResponse.ts';
import { findDuplicateItemIds } from './findDuplicateItemIds.ts';
import { formatWarning } from './formatWarning.ts';
import { isSeedFile } from './isSeedFile.ts';
import { manifestPath } from './packFormat.ts';
import { readSeedFiles } from './readSeedFiles.ts';

// One duplicate id breaks a link; a hundred usually mean one bug in the id rule.
const maxDuplicatesShown = 10;

export interface CorpusPluginOptions {
  /** Folder of seed .txt files, relative to the Vite root. */
  seedsDir: string;
}

/**
 * Parses seeds/*.txt and publishes the corpus as corpus/manifest.json plus content-hashed packs:
 * emitted as assets by `vite build`, served from memory (and re-parsed when a seed changes) by `vite`.
 */
export function corpusPlugin(options: CorpusPluginOptions): Plugin {
  let root = process.cwd();
  let seedsDir = resolve(root, options.seedsDir);
  let isBuild = false;
  let logger: Logger | undefined;
  let built: BuiltCorpus | undefined;

  async function parseCorpus(): Promise<{ corpus: BuiltCorpus; seedPaths: string[] }> {
    const seeds = await readSeedFiles(seedsDir);
    const { documents, warnings } = parseSeedFiles(seeds);
    const label = relative(root, seedsDir) || '.';
    // Parser warnings point at text worth a look; they never stop a build.
    for (const warning of warnings) logger?.warn(formatWarning(warning, label));
    const duplicates = [...findDuplicateItemIds(documents)];
    for (const [id, sources] of duplicates.slice(0, maxDuplicatesShown)) {
      logger?.warn(`corpus: item id ${id} occurs more than once (${sources.join(', ')})`);
    }
    if (duplicates.length > maxDuplicatesShown) {
      logger?.warn(`corpus: ${duplicates.length - maxDuplicatesShown} more duplicate item ids not shown`);
    }
    const corpus = buildPacks(documents, seeds.length);
    const items = corpus.manifest.packs.reduce((sum, p) => sum + p.count, 0);
    logger?.info(
      `corpus: ${seeds.length} seed files → ${items} items in ${corpus.manifest.packs.length} packs` +
        (warnings.length > 0 ? `, ${warnings.length} parser warnings` : ''),
    );
    return { corpus, seedPaths: seeds.map((s) => resolve(seedsDir, s.source)) };
  }

  return {
    name: 'dubao-corpus',

    configResolved(config) {
      root = config.root;
      seedsDir = resolve(root, options.seedsDir);
      isBuild = config.command === 'build';
      logger = config.logger;
    },

    async buildStart() {
      if (!isBuild) return;
      const { corpus, seedPaths } = await parseCorpus();
      built = corpus;
      // `vite build --watch` rebuilds when a seed changes.
      for (const path of seedPaths) this.addWatchFile(path);
    },

    generateBundle() {
      if (!built) return;
      for (const file of built.files) this.emitFile({ type: 'asset', fileName: file.fileName, source: file.json });
      this.emitFile({ type: 'asset', fileName: manifestPath, source: manifestJson(built.manifest) });
    },

    configureServer(server) {
      serveCorpusFromMemory(server, seedsDir, async () => (await parseCorpus()).corpus, logger);
    },
  };
}

function serveCorpusFromMemory(
  server: ViteDevServer,
  seedsDir: string,
  parse: () => Promise<BuiltCorpus>,
  logger: Logger | undefined,
): void {
  // A parse that fails is logged here; requests for the corpus then get the error, and the
  // rest of the app is still served.
  const parseAndReport = () => {
    const parsed = parse();
    parsed.catch((error: unknown) => logger?.error(`corpus: parsing seeds failed\n${String(error)}`));
    return parsed;
  };
  let current = parseAndReport();
  let reparseTimer: ReturnType<typeof setTimeout> | undefined;

  server.middlewares.use((req, res, next) => {
    const path = corpusRequestPath(req.url ?? '', server.config.base);
    if (path === null) return next();
    current.then(
      (corpus) => {
        const body = corpusResponse(path, corpus);
        if (body === null) return next();
        res.setHeader('Content-Type', 'application/json; charset=utf-8');
        res.setHeader('Cache-Control', 'no-cache');
        res.end(body);
      },
      (error: unknown) => next(error),
    );
  });

  server.watcher.add(seedsDir);
  server.watcher.on('all', (_event, filePath) => {
    if (!isSeedFile(filePath, seedsDir)) return;
    // An editor save often arrives as several events; parse once they settle.
    clearTimeout(reparseTimer);
    reparseTimer = setTimeout(() => {
      const previous = current;
      // A seed that breaks the parser keeps the last good corpus on screen; the error is logged.
      current = parseAndReport().catch(() => previous);
      void current.then(
        () => server.ws.send({ type: 'full-reload', path: '*' }),
        () => undefined,
      );
    }, 100);
  });
}
