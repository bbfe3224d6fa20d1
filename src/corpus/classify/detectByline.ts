// A standalone byline line: 本报记者 王学典, 记者 蒋文 通讯员 林文, 新华社记者 罗国芳, □丁 垒.
// It names people and nothing else, so it is short and has no sentence punctuation.

const ROLE = '(?:本报记者|本报通讯员|本报特约记者|新华社记者|特约记者|见习记者|实习生|记者|通讯员|撰稿|文\\s*[/／]\\s*图|文图|文|图|摄影)';
const NAME = '[\\u4e00-\\u9fff](?:\\s?[\\u4e00-\\u9fff]){1,3}';
const NAMES = `${NAME}(?:\\s*[、，,]\\s*${NAME})*`;
const ROLE_LINE = new RegExp(`^(?:${ROLE}\\s*[/／:：]?\\s*${NAMES}\\s*)+$`, 'u');
const BOX_LINE = /^□\s*[\u4e00-\u9fff](?:\s?[\u4e00-\u9fff]){1,3}$/u;

export function isBylineLine(line: string): boolean {
  const t = line.trim();
  if (t.length > 40 || /摄$/u.test(t)) return false;
  return ROLE_LINE.test(t) || BOX_LINE.test(t);
}

/** A source credit printed at the end of a story: （据中国政府网）, （来源：人民网）. */
export function isSourceCredit(line: string): boolean {
  return /^[（(]\s*(?:据|来源[：:]|转自|摘自|选自)[^（）()]{1,30}[）)]$/u.test(line.trim());
}

/** The text of a source credit without its brackets. */
export const creditText = (line: string): string => line.trim().replace(/^[（(]\s*|\s*[）)]$/gu, '');
