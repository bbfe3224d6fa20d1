// Mastheads printed in pinyin or English, mapped to the paper's Chinese name.
// Add a paper here when its pages join the corpus.
const PAPERS: Record<string, string> = {
  'JIAOZUO DAILY': '焦作日报',
  'JIAOZUO RIBAO': '焦作日报',
  'PUYANG DAILY': '濮阳日报',
  'PUYANG RIBAO': '濮阳日报',
  'HENAN DAILY': '河南日报',
  'HENAN RIBAO': '河南日报',
  'PEOPLE\'S DAILY': '人民日报',
  'RENMIN RIBAO': '人民日报',
};

/** The paper's Chinese name for a Latin masthead, or null when it is not a known paper. */
export function paperForMasthead(masthead: string): string | null {
  return PAPERS[masthead.trim().replace(/\s+/gu, ' ').toUpperCase()] ?? null;
}

/** A Chinese masthead line such as 焦作日报 or 濮阳日报. */
export function paperForChineseMasthead(line: string): string | null {
  const t = line.replace(/\s+/gu, '');
  return /^[\u4e00-\u9fff]{2,6}(日报|晚报|晨报|都市报)$/u.test(t) ? t : null;
}
