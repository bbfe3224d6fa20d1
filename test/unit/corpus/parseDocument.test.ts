import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/corpus/parseDocument';

const parse = (text: string) => parseDocument('page.txt', text).document;
const articles = (text: string) => parse(text).items.filter((i) => i.kind === 'article');

// Small pages in the shape of the seeds: narrow columns, leads, headlines before or after.
const AFTER = `本报讯（记者张苗） 2月1日
至 5 日，市自然资源和规划系统
开展“领导干部讲业务”活动，共
同学习贯彻全会精神。

刘晓军指出，此次活动旨在提
高干部职工整体素质。

领导讲业务 千人大培训
市自然资源和规划系统开展夯基础增本领活动

本报讯（记者张苗） 1月29日，市自
然资源和规划局召开局党组会议，学习
传达全省自然资源工作会议精神。
`;

describe('parseDocument: headlines', () => {
  it('attaches a headline printed after its body to that body, and splits a slogan kicker off', () => {
    const [first, second] = articles(AFTER);
    expect(first.kicker).toBe('领导讲业务 千人大培训');
    expect(first.title).toBe('市自然资源和规划系统开展夯基础增本领活动');
    expect(first.paragraphs[0].startsWith('本报讯（记者张苗）2月1日至5日')).toBe(true);
    expect(first.paragraphs).toHaveLength(2);
    expect(second.title).toBeNull();
    expect(second.byline).toBe('记者张苗');
    expect(second.dateline).toBe('本报讯');
  });

  it('attaches a headline printed before its body when no story precedes it', () => {
    const [story] = articles('市教育局召开援疆工作座谈会\n\n本报讯 为进一步深化两地教育合作,2月28日,市教育局召开座谈会。\n');
    expect(story.title).toBe('市教育局召开援疆工作座谈会');
    expect(story.byline).toBeNull();
  });

  it('decides per headline: one page can hold both orders', () => {
    const page = `市教育局召开援疆工作座谈会\n\n本报讯 为进一步深化两地教育合作,市教育局召开座谈会。\n\n${AFTER}`;
    const titles = articles(page).map((a) => a.title);
    expect(titles).toEqual(['市教育局召开援疆工作座谈会', '市自然资源和规划系统开展夯基础增本领活动', null]);
  });

  it('reads a vertical headline printed one character per line', () => {
    const page = ' 据新华社耶\n路撒冷2月8日电\n（记者尚昊、吕迎\n旭） 以 色 列 特 拉\n维夫大学发布声明。\n\n人\n工3D\n\n脊\n髓\n组\n织\n';
    const [story] = articles(page);
    expect(story.title).toBe('人工3D脊髓组织');
    expect(story.byline).toBe('记者尚昊、吕迎旭');
    expect(story.dateline).toBe('据新华社耶路撒冷2月8日电');
  });

  it('takes a title and a —— subtitle, and a standalone byline out of the body', () => {
    const page = ' 本报记者 王学典\n\n她践行初心，扎根农村，一干\n就是 36 年。\n\n三尺讲台践行育人初心\n——记示范区张庄中学数学教师葛小影\n\n本报讯（记者赵改玲）记者昨日从市教育局获悉。\n';
    const [story] = articles(page);
    expect(story).toMatchObject({ title: '三尺讲台践行育人初心', subtitle: '记示范区张庄中学数学教师葛小影', byline: '本报记者 王学典' });
    expect(story.paragraphs).toEqual(['她践行初心，扎根农村，一干就是36年。']);
  });
});

describe('parseDocument: stories without leads', () => {
  it('takes a lone one-line headline after a bylined report as its title; the notice after it is a new story', () => {
    const page = ' 本报记者 张 蕊\n\n2月5日上午，马村区代表团认真审议了政府工作报告。\n\n挂图作战“马上”开始\n\n焦作市第十四届人民代表大会第二次会议票决产生了民生实事项目，现予公告。\n\n焦作市2024年民生实事项目\n人大代表票决结果公告\n\n（上接A01版①） 李亦博要求，各级党委要加强领导。\n';
    const [report, notice, continued] = articles(page);
    expect(report).toMatchObject({ title: '挂图作战“马上”开始', byline: '本报记者 张 蕊' });
    expect(notice.title).toBe('焦作市2024年民生实事项目人大代表票决结果公告');
    expect(notice.paragraphs[0].startsWith('焦作市第十四届')).toBe(true);
    expect(continued).toMatchObject({ continuedFrom: 'A01', title: null });
    expect(continued.paragraphs[0]).toBe('李亦博要求，各级党委要加强领导。');
  });

  it('keeps one-line headings of a structured story as its sections', () => {
    const page = ' 本报记者 赵改玲\n\n1月30日，省教育厅官网发布一文。\n\n聚焦“一个中心”\n\n认真贯彻教育部等部门印发的文件精神。\n\n抓住“两个重点”\n\n认真抓好师资队伍建设。\n\n市教育局：\n\n紧扣“1234”工作主线 全面加强中小学生心理健康教育\n\n本报讯（记者甲乙）会议召开。\n';
    const [story] = articles(page);
    expect(story).toMatchObject({ kicker: '市教育局：', title: '紧扣“1234”工作主线 全面加强中小学生心理健康教育' });
    expect(story.paragraphs).toEqual(['1月30日，省教育厅官网发布一文。', '聚焦“一个中心”', '认真贯彻教育部等部门印发的文件精神。', '抓住“两个重点”', '认真抓好师资队伍建设。']);
  });

  it('reads a document title printed after its text, with its （…通过） note as the dateline', () => {
    const page = '焦作市第十四届人民代表大会第二次会议听取和审议了政府工作报告，决定批准这个报告。\n\n关于政府工作报告的决议\n（2024年2月6日焦作市第十四届人民代表大会第二次会议通过）\n\n焦作市第十四届人民代表大会第二次会议审查了计划草案，决定批准。\n\n关于计划的决议\n（2024年2月6日焦作市第十四届人民代表大会第二次会议通过）\n';
    const [first, second] = articles(page);
    expect(first).toMatchObject({ title: '关于政府工作报告的决议', subtitle: null, dateline: '（2024年2月6日焦作市第十四届人民代表大会第二次会议通过）' });
    expect(second.title).toBe('关于计划的决议');
  });
});

describe('parseDocument: paragraphs', () => {
  it('keeps a sentence across a blank line (a column break) and breaks after a finished one', () => {
    const page = '本报讯（记者甲乙）会议指出，开展活动，是深入\n贯彻重要论述的具体行动，明\n\n确认识，增强自觉。\n\n会议要求，要把牢目标，找准差距，进\n一步提升能力。\n';
    const [story] = articles(page);
    expect(story.paragraphs).toEqual(['本报讯（记者甲乙）会议指出，开展活动，是深入贯彻重要论述的具体行动，明确认识，增强自觉。', '会议要求，要把牢目标，找准差距，进一步提升能力。']);
  });

  it('does not end a paragraph at a justified line that happens to end in 。', () => {
    const page = '据英国卫生安全局近日发\n布的声明，截至目前，英\n国已确诊超过 400 例病\n例。该国迄今发现的最早病例\n可追溯到 2021 年 12 月 6 日。\nBA.1 仍是在英国传播的主要\n毒株，感染病例目前占\n比很低。\n';
    expect(articles(page)[0].paragraphs).toHaveLength(1);
  });

  it('makes a short heading line inside a column a paragraph of its own', () => {
    const page = '2021年，都有哪些利好政策促进科技创新？一起来看——\n\n为科研人员松绑\n\n改革完善中央财政科研经费管理\n扩大科研项目经费管理自主权。简化预算编制。下放预\n算调剂权。扩大经费包干制实施范围，在人才类和\n基础研究类科研项目中推行经费包干制。\n';
    const [story] = articles(page);
    expect(story.paragraphs.slice(1, 4)).toEqual(['为科研人员松绑', '改革完善中央财政科研经费管理', '扩大科研项目经费管理自主权。简化预算编制。下放预算调剂权。扩大经费包干制实施范围，在人才类和基础研究类科研项目中推行经费包干制。']);
  });

  it('reads pages set one paragraph per line', () => {
    const long = '要持续优化民办教育布局结构,推进民办学校由“量”的扩张转向“质”的提升,严格按照政策规定控制各学段民办教育在校生占比,通过政策引导民办教育规范发展。';
    const page = `高度聚焦民办教育规范发展\n\n${long}\n\n${long.replace('。', ',')}\n\n继续推进改革。\n`;
    const [story] = articles(page);
    expect(story.paragraphs).toHaveLength(2);
  });
});

describe('parseDocument: other items', () => {
  it('splits a 简讯 column into briefs, one per ●, and names the column label as furniture', () => {
    const doc = parse(' 简讯\n●焦作黄河河务局举办消防安\n全讲座。（杨春玲）\n●市图书馆开展阅读活动。（李 华）\n');
    const briefs = doc.items.filter((i) => i.kind === 'brief');
    expect(briefs).toHaveLength(2);
    expect(briefs[0].paragraphs[0]).toBe('●焦作黄河河务局举办消防安全讲座。（杨春玲）');
    expect(briefs[0].byline).toBe('杨春玲');
    expect(doc.furniture).toContain('简讯');
  });

  it('makes captions of 图① lines and credited photo text, linked to the story they name', () => {
    const page = ' 本报记者 王学典\n\n葛小影践行初心，扎根农村，一干就是 36 年，先后荣获先进教育工作者称号。\n\n三尺讲台践行育人初心\n\n本报讯（记者赵改玲）今年高考全国统考将于6月7日举行，考生人数增加。\n\n葛小影在为学生辅导作业。 本报记者 王学典 摄\n';
    const doc = parse(page);
    const caption = doc.items.find((i) => i.kind === 'caption')!;
    expect(caption.paragraphs).toEqual(['葛小影在为学生辅导作业。']);
    expect(caption.byline).toBe('本报记者 王学典 摄');
    expect(caption.captionOf).toBe(doc.items.find((i) => i.title === '三尺讲台践行育人初心')!.id);
  });

  it('shows a 核心提示 box first and repeats it as the summary, even when its label is printed after it (at the end of the page)', () => {
    const page = ' 本报记者 赵改玲\n\n2月7日，市教育局召开人工智能助推教师队伍建设试点座谈会。\n\n让“双减”落地 让课堂活起来\n\n本报讯（记者许伟涛）近年来，市外国语中学积极拓展党建思维。\n\n党建引领促教学质量提升\n\n葛小影在为学生辅导作业。 本报记者 王学典 摄\n\n未来已来，人工智能即将走进我市中小学生课堂，助推教师队伍建设。\n\n核心提示\n';
    const doc = parse(page);
    const story = doc.items.find((i) => i.title === '让“双减”落地 让课堂活起来')!;
    expect(story.summary).toBe('未来已来，人工智能即将走进我市中小学生课堂，助推教师队伍建设。');
    expect(story.paragraphs[0]).toBe(story.summary);
    expect(doc.furniture).toContain('核心提示');
  });

  it('reads a boxed list of bullets as a sidebar', () => {
    const page = '数说焦作科协 亮点工作\n\n人才引育\n\n- 我市 5 名青年科技人才入选\n- 7 名科技工作者成为首席科普专家\n\n学术交流\n\n- 举办活动 50 多场次\n';
    const [sidebar] = parse(page).items;
    expect(sidebar).toMatchObject({ kind: 'sidebar', title: '数说焦作科协 亮点工作' });
    expect(sidebar.paragraphs).toEqual(['人才引育', '-我市5名青年科技人才入选', '-7名科技工作者成为首席科普专家', '学术交流', '-举办活动50多场次']);
  });

  it('sets jump lines and page headers aside and carries the page on every item', () => {
    const doc = parse('JIAOZUO DAILY\nA07│科技创新 2022年2月9日 星期三\n\n（上接A01版①）\n\n本报讯（记者甲乙）会议召开。\n');
    expect(doc.paper).toBe('焦作日报');
    expect(doc.items[0]).toMatchObject({ page: 'A07', section: '科技创新', date: '2022-02-09', continuedFrom: 'A01', order: 0 });
    expect(doc.furniture).toEqual(['JIAOZUO DAILY', 'A07│科技创新 2022年2月9日 星期三', '（上接A01版①）']);
  });

  it('never guesses metadata the page does not state', () => {
    const doc = parse('本报讯（记者甲乙）会议召开。\n');
    expect(doc.paper).toBeNull();
    expect(doc.pages).toEqual([]);
    expect(doc.items[0]).toMatchObject({ page: null, section: null, date: null });
  });
});
