// A news lead names where the story comes from: 本报讯（记者…）, 本报郑州讯, 据新华社…电（记者…）,
// 新华社北京2月6日电（记者…）. It stays the start of the body; byline and dateline repeat it.

export interface Lead {
  /** The reporters named in the parentheses after the lead, e.g. 记者徐金华 通讯员徐习军. */
  byline: string | null;
  /** The lead itself: 本报讯, 据新华社耶路撒冷2月8日电. */
  dateline: string;
}

const LEAD_START = /^(?:本报(?:[\u4e00-\u9fff]{1,6})?讯|(?:据)?(?:新华社|中新社|人民日报|央视|中国新闻社|人民网|新华网)[\u4e00-\u9fff\d月日]{0,16}?电)/u;
const LEAD_PREFIX = /^(?:本报|据新华|新华社|据中新|中新社)/u;

/** The first line of a block opens a lead (tolerates the lead being broken over lines). */
export function opensLead(firstLine: string): boolean {
  const t = firstLine.replace(/\s+/gu, '');
  return LEAD_START.test(t) || (LEAD_PREFIX.test(t) && /^(?:据)?新华社/u.test(t));
}

/** Reads the lead at the start of a body text (whitespace already removed). */
export function readLead(body: string): Lead | null {
  const t = body.replace(/\s+/gu, '');
  const m = LEAD_START.exec(t);
  if (!m) return null;
  const after = t.slice(m[0].length);
  const credit = /^[（(]([^（）()]{2,40})[）)]/u.exec(after);
  const named = credit && /记者|通讯员|实习生|特约|见习|[\u4e00-\u9fff]{2,4}/u.test(credit[1]) ? credit[1] : null;
  return { byline: named ? spaceRoles(named) : null, dateline: m[0] };
}

/** 记者徐金华通讯员徐习军 → 记者徐金华 通讯员徐习军 */
function spaceRoles(credit: string): string {
  return credit.replace(/(?<=[^\s、，])(?=(?:本报)?(?:记者|通讯员|实习生|特约记者|见习记者))/gu, ' ').trim();
}
