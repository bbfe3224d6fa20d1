import type { PageMeta } from '../types.ts';

const DATE = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/u;
const PAGE_CODE = /(?:^|[\s│|｜])([A-Z]\d{1,2}|\d{1,2}\s*版|第\s*\d{1,2}\s*版)(?=$|[\s│|｜])/u;

/**
 * A page header such as `A07│科技创新 2022年2月9日 星期三`: a page code or a │ rule and a
 * date on one short line. Returns what it states, or null when the line is no page header.
 */
export function parsePageHeader(line: string): PageMeta | null {
  const text = line.trim();
  if (text.length > 48) return null;
  const date = DATE.exec(text);
  const rule = /[│|｜]/u.test(text);
  const code = PAGE_CODE.exec(text);
  if (!date || !(rule || code)) return null;
  const rest = text
    .replace(DATE, ' ')
    .replace(PAGE_CODE, ' ')
    .replace(/星期[一二三四五六日天]|周[一二三四五六日]/gu, ' ')
    .replace(/[│|｜]/gu, ' ');
  const section = rest.split(/\s+/u).find((w) => /^[\u4e00-\u9fff·]{2,10}$/u.test(w)) ?? null;
  return {
    page: code ? code[1].replace(/\s+/gu, '').replace(/^第/u, '') : null,
    section,
    date: isoDate(+date[1], +date[2], +date[3]),
  };
}

function isoDate(y: number, m: number, d: number): string | null {
  const when = new Date(Date.UTC(y, m - 1, d));
  if (when.getUTCMonth() !== m - 1 || when.getUTCDate() !== d) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
