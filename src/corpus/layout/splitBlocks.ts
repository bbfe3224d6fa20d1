import type { SourceLine } from './readLines.ts';

/** A run of lines between blank lines: one fragment of one column. */
export interface Block<L extends SourceLine = SourceLine> {
  lines: L[];
  /** A blank line (not only a new text frame) separates it from what came before. */
  afterBlank: boolean;
}

// Text comes in blocks separated by blank lines; a line starting with a single space also
// begins a block (the extraction starts a new text frame there).
export function splitBlocks<L extends SourceLine>(lines: readonly L[]): Block<L>[] {
  const blocks: Block<L>[] = [];
  let current: L[] = [];
  let sawBlank = true;
  let afterBlank = true;
  const flush = () => {
    if (current.length) blocks.push({ lines: current, afterBlank });
    current = [];
  };
  for (const line of lines) {
    if (!line.text.trim()) {
      flush();
      sawBlank = true;
      continue;
    }
    if (line.framed && current.length) flush();
    if (!current.length) afterBlank = sawBlank;
    current.push(line);
    sawBlank = false;
  }
  flush();
  return blocks;
}
