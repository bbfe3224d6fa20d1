// Derives, from opencc-js's own dictionaries, the characters whose presence means a query may
// change when converted 繁→简: every single character the converter changes, and in each phrase
// the converter changes, the characters that change (瞭 in 明瞭→明了, which alone stays 瞭).
// src/search/traditionalChars.ts holds the result; its test checks the two agree.
// Regenerate: npx tsx test/helpers/printTraditionalChars.ts > src/search/traditionalChars.ts
import { Converter } from 'opencc-js/t2cn';
import { from, to } from 'opencc-js/preset/t2cn';
import type { DictLike } from 'opencc-js/core';

function entries(dict: DictLike): (readonly [string, string])[] {
  return typeof dict === 'string' ? dict.split('|').map((entry) => entry.split(' ') as [string, string]) : [...dict];
}

export function computeTraditionalChars(): string {
  const convert = Converter({ from: 'tw', to: 'cn' });
  const chars = new Set<string>();
  const dicts = [...from.tw, ...to.cn].flat();
  for (const dict of dicts) {
    for (const [source] of entries(dict)) {
      const key = source.normalize('NFKC');
      const converted = Array.from(convert(key));
      const original = Array.from(key);
      if (converted.join('') === key) continue;
      if (original.length === 1) chars.add(key);
      else if (converted.length === original.length) original.forEach((char, i) => char !== converted[i] && chars.add(char));
      else original.forEach((char) => chars.add(char));
    }
  }
  return [...chars].sort().join('');
}
