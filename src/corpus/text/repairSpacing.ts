import { isAsciiAlnum } from './charClass.ts';

// Removes the spaces the extraction put between characters (`近 段 时 间 ，` → `近段时间，`,
// `2023 年` → `2023年`) and keeps the ones that belong: between two Latin words or numbers
// (`COVID 19`), so `B.1.1.529`, `BA.2` and `3D` stay as printed.
export function repairSpacing(text: string): string {
  if (!/[ \t\u00a0\u3000]/u.test(text)) return text;
  return text.replace(/[ \t\u00a0\u3000]+/gu, (gap, offset: number, whole: string) => {
    const prev = whole[offset - 1] ?? '';
    const next = whole[offset + gap.length] ?? '';
    return isAsciiAlnum(prev) && isAsciiAlnum(next) ? ' ' : '';
  }).trim();
}

/** Joins the lines of one paragraph: a line break is no space, except between two Latin words. */
export function joinLines(lines: readonly string[]): string {
  const parts: string[] = [];
  // The previous line is looked at, not the joined text: testing that for every line made a
  // paragraph of 40,000 short lines take seconds.
  let previous = '';
  for (const raw of lines) {
    const line = repairSpacing(raw);
    if (!line) continue;
    if (/[A-Za-z]$/.test(previous) && /^[A-Za-z]/.test(line)) parts.push(' ');
    parts.push(line);
    previous = line;
  }
  return parts.join('');
}
