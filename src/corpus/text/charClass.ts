// Character classes the layout rules are written in.

const CJK = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/u;
/** Full-width punctuation, brackets and quotes as set in Chinese text. */
const WIDE_PUNCT = /[\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65\u2014\u2018\u2019\u201c\u201d\u2026\u2460-\u24ff\u25a0-\u25ff\u2b05-\u2b07\u27a1\u2190-\u21ff\u00b7]/u;

export const isCjk = (c: string): boolean => CJK.test(c);
export const isWidePunct = (c: string): boolean => WIDE_PUNCT.test(c);
/** A character that takes a full em in print: a Han character or Chinese punctuation. */
export const isWide = (c: string): boolean => isCjk(c) || isWidePunct(c) || c.codePointAt(0)! > 0x2e80;
export const isAsciiAlnum = (c: string): boolean => /[A-Za-z0-9]/.test(c);
export const hasCjk = (s: string): boolean => CJK.test(s);
export const countCjk = (s: string): number => (s.match(/[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/gu) ?? []).length;
