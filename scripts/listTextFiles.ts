import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface TextFileList {
  /** Paths in the order given; a directory's *.txt files sorted by name. */
  files: string[];
  /** Arguments that named nothing readable, with the reason. */
  problems: { path: string; message: string }[];
}

/** Expands command-line paths: files as they are, directories to the *.txt files inside. */
export function listTextFiles(paths: readonly string[]): TextFileList {
  const list: TextFileList = { files: [], problems: [] };
  for (const path of paths) {
    try {
      if (!statSync(path).isDirectory()) {
        list.files.push(path);
        continue;
      }
      const inside = readdirSync(path).filter((name) => name.toLowerCase().endsWith('.txt')).sort();
      if (inside.length === 0) list.problems.push({ path, message: 'no .txt files in this directory' });
      list.files.push(...inside.map((name) => join(path, name)));
    } catch (error) {
      list.problems.push({ path, message: `cannot read (${(error as NodeJS.ErrnoException).code ?? error})` });
    }
  }
  return list;
}
