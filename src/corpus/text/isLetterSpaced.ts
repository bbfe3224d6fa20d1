import { isWideCode } from './charClass.ts';

// The extraction spreads a justified line by putting spaces between its characters
// (`近 段 时 间 ，`). Such a line was set to the full column: it never ends a paragraph and
// is never a headline.
export function isLetterSpaced(line: string): boolean {
  if (!line.includes(' ')) return false;
  const cps: number[] = [];
  for (const c of line.trim()) cps.push(c.codePointAt(0)!);
  let wide = 0;
  let spacedPairs = 0;
  for (let i = 0; i < cps.length; i++) {
    if (!isWideCode(cps[i])) continue;
    wide++;
    if (cps[i + 1] === 0x20 && cps[i + 2] !== undefined && isWideCode(cps[i + 2])) spacedPairs++;
  }
  return spacedPairs >= 2 && spacedPairs >= wide * 0.4;
}
