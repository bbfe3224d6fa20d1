export type * from './types.ts';
export { parseDocument } from './parseDocument.ts';
export { parseSeedFiles } from './parseSeedFiles.ts';
export type { SeedFile, ParsedCorpus } from './parseSeedFiles.ts';
