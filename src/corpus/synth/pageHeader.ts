import type { Random } from './seededRandom.ts';

export interface Paper {
  name: string;
  /** The Latin masthead line printed above the page header, e.g. JIAOZUO DAILY. */
  masthead: string;
  /** Used in file names. */
  slug: string;
}

// Henan dailies whose mastheads the parser knows (furniture/knownPapers.ts); the seeds come
// from the first two.
export const PAPERS: readonly Paper[] = [
  { name: '焦作日报', masthead: 'JIAOZUO DAILY', slug: 'jiaozuo' },
  { name: '濮阳日报', masthead: 'PUYANG DAILY', slug: 'puyang' },
  { name: '河南日报', masthead: 'HENAN DAILY', slug: 'henan' },
];

/** Section names of local dailies, added to those the seeds' own page headers state. */
export const COMMON_SECTIONS: readonly string[] = [
  '要闻', '综合新闻', '科技创新', '教育周刊', '城事', '县区新闻', '经济', '民生', '文化', '体育', '政法', '专题',
];

export interface PageSlot {
  paper: Paper;
  /** Midnight UTC of the day. */
  date: Date;
  /** Page number as printed, e.g. A07. */
  page: string;
  section: string;
}

const SURNAMES = [...'王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文'];
const GIVEN = [...'伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红玲建国志新亮斌宇浩凯健俊帆帅旭宁晨辰阳佳琪璇瑶婷雪梅琳颖倩蕊靖苗勤'];

const dayFormat = new Intl.DateTimeFormat('zh-CN', { timeZone: 'UTC', year: 'numeric', month: 'long', day: 'numeric' });
const weekdayFormat = new Intl.DateTimeFormat('zh-CN', { timeZone: 'UTC', weekday: 'long' });

/** The masthead, page header and editors' footer that open a printed page, as extracted. */
export function formatPageHeader(slot: PageSlot, random: Random): string {
  const header = `${slot.page}│${slot.section} ${dayFormat.format(slot.date)} ${weekdayFormat.format(slot.date)}`;
  const staff = ['编辑', '版式', '校对', '组版'].map((role) => `${role}：${staffName(random)}`);
  const hotline = String(random.integer(2_000_000, 8_999_999));
  return [slot.paper.masthead, header, '', ['■新闻热线：' + hotline, ...staff].join('│')].join('\n');
}

// Two-character names are printed with a space between the characters, as in 车 璇.
function staffName(random: Random): string {
  const given = Array.from({ length: random.integer(1, 2) }, () => random.pick(GIVEN)).join('');
  const name = random.pick(SURNAMES) + given;
  return name.length === 2 ? name.split('').join(' ') : name;
}
