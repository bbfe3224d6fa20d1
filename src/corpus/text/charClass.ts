// Character classes the layout rules are written in, as code point ranges (these run for
// every character of a year of pages, so no regular expressions here).

/** A Han character. */
export function isCjkCode(cp: number): boolean {
  return (cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0x3400 && cp <= 0x4dbf) || (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0x20000 && cp <= 0x2fa1f);
}

/** A character that takes a full em in print: a Han character, Chinese punctuation, a circled number, an arrow. */
export function isWideCode(cp: number): boolean {
  return cp >= 0x2e80 || isCjkCode(cp)
    || (cp >= 0x2010 && cp <= 0x2027) // —— “ ” ‘ ’ …
    || (cp >= 0x2190 && cp <= 0x21ff) || (cp >= 0x2460 && cp <= 0x24ff) || (cp >= 0x25a0 && cp <= 0x27bf)
    || (cp >= 0x2b05 && cp <= 0x2b07) || cp === 0x00b7;
}

export const isCjk = (c: string): boolean => isCjkCode(c.codePointAt(0) ?? 0);
export const isWide = (c: string): boolean => c.length > 0 && isWideCode(c.codePointAt(0)!);
export const isAsciiAlnum = (c: string): boolean => /[A-Za-z0-9]/.test(c);

export function hasCjk(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (isCjkCode(s.charCodeAt(i))) return true;
  return /[\u{20000}-\u{2fa1f}]/u.test(s);
}

export function countCjk(s: string): number {
  let n = 0;
  for (const c of s) if (isCjkCode(c.codePointAt(0)!)) n++;
  return n;
}
