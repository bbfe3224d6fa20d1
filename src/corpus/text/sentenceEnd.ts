// Punctuation facts the paragraph and headline rules rely on.

/** The text without whitespace (only the tail matters to most rules, but lines are short). */
const squeeze = (line: string) => (/\s/u.test(line) ? line.replace(/\s+/gu, '') : line);

/** The line ends a sentence: 。！？… or a closing quote/bracket right after one. */
export function endsSentence(line: string): boolean {
  const t = squeeze(line);
  // a whole line in brackets, or a signature date (2024年2月6日) under a notice, ends too
  return /[。！？!?…](?:[”’」』）)]*)$/u.test(t) || /^[（(][^（）()]*[）)]$/u.test(t) || /^\d{4}年\d{1,2}月\d{1,2}日$/u.test(t);
}

/** A numbered list item starts a paragraph of its own: 1.完善…, （一）…, 二、… (not 2.0 or 1.5倍). */
export function startsListItem(line: string): boolean {
  return /^(?:\d{1,2}[.．、](?!\d)|[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、)/u.test(line.trim());
}

/** The line stops on a mark that a sentence never ends with (，、；：—— or an opening bracket). */
export function endsMidSentence(line: string): boolean {
  return /[，,、；;：:（(“‘《—-]$/u.test(squeeze(line));
}

// A Chinese headline never ends on a preposition, conjunction, particle or modal verb; a
// short line that does is a fragment of a sentence that goes on in the next column. Some of
// these characters also end common words (重要, 普及, 方向, 行为): those are allowed.
const NON_FINAL = new Set([...'的和与对把被将在从而并或其之于给让使是就也都还又跟按据要及向为同以由等经']);
const ENDS_A_WORD: Record<string, string> = {
  要: '重主需纪摘提概必只想', 及: '普涉波顾危', 向: '方导走去动志意倾取转', 为: '行作认成称以',
  同: '共协合如不相陪', 以: '可得予加足难所', 由: '自理事缘来', 等: '平同对高相', 经: '已曾神财', 是: '总但就还',
};
export function endsOnFunctionWord(line: string): boolean {
  const t = squeeze(line);
  const last = t[t.length - 1];
  if (!last || !NON_FINAL.has(last)) return false;
  return !(ENDS_A_WORD[last] ?? '').includes(t[t.length - 2] ?? '');
}

/** A block that opens with a one-character fragment and a comma or stop continues a sentence (`构,推进…`, `作。`). */
export function startsWithContinuation(line: string): boolean {
  return /^[^\s，,。、；][”’」）)]?[，,。；;]/u.test(squeeze(line));
}
