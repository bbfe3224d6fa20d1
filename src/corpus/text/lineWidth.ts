import { isWideCode } from './charClass.ts';

const isSpaceCode = (cp: number) => cp === 0x20 || cp === 0x09 || cp === 0xa0 || cp === 0x3000;

// Printed width of a line in ems: a Han character or Chinese punctuation mark is one em,
// Latin letters and digits are about 0.6 em, and the thin gaps the extraction turned into
// spaces next to Latin text are about a quarter em. Spaces between two wide characters are
// the extraction's justification and take no width of their own.
export function lineWidth(line: string): number {
  let width = cache.get(line);
  if (width === undefined) {
    if (cache.size > 100_000) cache.clear();
    cache.set(line, (width = measure(line)));
  }
  return width;
}

// The same lines are measured by several rules; remembering them keeps parsing linear and fast.
const cache = new Map<string, number>();

function measure(line: string): number {
  const cps: number[] = [];
  for (const c of line.trim()) cps.push(c.codePointAt(0)!);
  let width = 0;
  for (let i = 0; i < cps.length; i++) {
    const cp = cps[i];
    if (isSpaceCode(cp)) {
      const prev = cps[i - 1] ?? 0;
      const next = cps[i + 1] ?? 0;
      if (!(isWideCode(prev) && isWideCode(next)) && !isSpaceCode(next)) width += 0.25;
    } else {
      width += isWideCode(cp) ? 1 : 0.6;
    }
  }
  return width;
}
