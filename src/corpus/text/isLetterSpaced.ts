import { isWide } from './charClass';

// The extraction spreads a justified line by putting spaces between its characters
// (`近 段 时 间 ，`). Such a line was set to the full column: it never ends a paragraph and
// is never a headline.
export function isLetterSpaced(line: string): boolean {
  const chars = [...line.trim()];
  let wide = 0;
  let spacedPairs = 0;
  for (let i = 0; i < chars.length; i++) {
    if (!isWide(chars[i])) continue;
    wide++;
    if (chars[i + 1] === ' ' && chars[i + 2] !== undefined && isWide(chars[i + 2])) spacedPairs++;
  }
  return spacedPairs >= 2 && spacedPairs >= wide * 0.4;
}
