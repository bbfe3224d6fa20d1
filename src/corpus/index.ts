export type * from './types';
export { parseDocument } from './parseDocument';
export { parseSeedFiles } from './parseSeedFiles';
export type { SeedFile, ParsedCorpus } from './parseSeedFiles';
