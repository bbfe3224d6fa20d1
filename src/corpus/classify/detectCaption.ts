// Photo captions: 图① …, an arrow ⬆ ➡ ⬅ ⬇ followed by text, or text ending in a photo
// credit (本报记者 X 摄) or a provider credit （…提供）.

export const CAPTION_START = /^\s*(?:图\s*[\u2460-\u2473\d]|[⬆➡⬅⬇↑→←↓▲▶◀▼]\s*\S)/u;

/** A photo credit on its own: 本报记者 翟鹏程 摄, 陈啸虎 摄. */
export const PHOTO_CREDIT = /(?:(?:本报|新华社)?(?:记者|通讯员|特约记者|实习生)?\s*[\u4e00-\u9fff](?:\s?[\u4e00-\u9fff]){1,3}(?:\s*[、，]\s*[\u4e00-\u9fff](?:\s?[\u4e00-\u9fff]){1,3})*\s+摄(?:影)?)$/u;
/** A provider credit at the end: （市实验幼儿园提供） */
export const PROVIDER_CREDIT = /[（(]\s*([^（）()]{2,30}?)\s*(?:供图|提供)\s*[）)]$/u;

export function startsCaption(line: string): boolean {
  return CAPTION_START.test(line);
}

export function isPhotoCreditLine(line: string): boolean {
  const t = line.trim();
  return t.length <= 20 && /摄影?$/u.test(t) && !/[，。]/u.test(t) && PHOTO_CREDIT.test(t);
}

/** Splits a caption text into its words and the credit that ends it, if any. */
export function splitCaptionCredit(text: string): { text: string; credit: string | null } {
  const provider = PROVIDER_CREDIT.exec(text);
  if (provider) return { text: text.slice(0, provider.index).trim(), credit: text.slice(provider.index).trim().replace(/^[（(]\s*|\s*[）)]$/gu, '') };
  // The credit follows the last sentence: …的份额。 本报记者 宋崇飞 摄
  const m = /^(.*[。！？”）)])\s*([^。！？]{2,24}摄(?:影)?)$/su.exec(text);
  if (m && PHOTO_CREDIT.test(m[2].replace(/\n/gu, ''))) return { text: m[1].trim(), credit: m[2].replace(/\s*\n\s*/gu, '').trim() };
  return { text: text.trim(), credit: null };
}
