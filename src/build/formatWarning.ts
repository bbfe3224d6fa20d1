import type { ParseWarning } from '../corpus/types.ts';

/** `seeds/000_x.txt:12: message`, the form editors and terminals turn into a link. */
export function formatWarning(warning: ParseWarning, seedsDirLabel: string): string {
  const file = `${seedsDirLabel}/${warning.source}`;
  const where = warning.line === null ? file : `${file}:${warning.line}`;
  return `${where}: ${warning.message}`;
}
