import { isWide } from './charClass';

// Printed width of a line in ems: a Han character or Chinese punctuation mark is one em,
// Latin letters and digits are about 0.6 em, and the thin gaps the extraction turned into
// spaces next to Latin text are about a quarter em. Spaces between two wide characters are
// the extraction's justification and take no width of their own.
export function lineWidth(line: string): number {
  const chars = [...line.trim()];
  let width = 0;
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i];
    if (/\s/u.test(c)) {
      const prev = chars[i - 1] ?? '';
      const next = chars[i + 1] ?? '';
      if (!(isWide(prev) && isWide(next)) && !/\s/u.test(next)) width += 0.25;
    } else {
      width += isWide(c) ? 1 : 0.6;
    }
  }
  return width;
}
