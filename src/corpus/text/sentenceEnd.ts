// Punctuation facts the paragraph and headline rules rely on.

/** The line ends a sentence: 。！？… or a closing quote/bracket right after one. */
export function endsSentence(line: string): boolean {
  const t = line.replace(/\s+/gu, '');
  return /[。！？!?…](?:[”’」』）)]*)$/u.test(t) || /^[（(][^（）()]*[）)]$/u.test(t);
}

/** The line stops on a mark that a sentence never ends with (，、；：—— or an opening bracket). */
export function endsMidSentence(line: string): boolean {
  return /[，,、；;：:（(“‘《—-]$/u.test(line.replace(/\s+/gu, ''));
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
  const t = line.replace(/\s+/gu, '');
  const last = t[t.length - 1];
  if (!last || !NON_FINAL.has(last)) return false;
  return !(ENDS_A_WORD[last] ?? '').includes(t[t.length - 2] ?? '');
}

/** A block that opens with a one-character fragment and a comma or stop continues a sentence (`构,推进…`, `作。`). */
export function startsWithContinuation(line: string): boolean {
  return /^[^\s，,。、；][，,。；;]/u.test(line.replace(/\s+/gu, ''));
}
