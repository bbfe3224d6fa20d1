import { PAPERS, type PageSlot } from './pageHeader.ts';
import type { Random } from './seededRandom.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Lays out `count` pages as issues of the papers in turn: each issue has A01…A04–A12 and
 * sometimes a B section; each paper's issues are spread over one year from `year`-01-01
 * (over more days, one a day, when there are more than 365 of them).
 */
export function planPageSlots(count: number, sections: readonly string[], random: Random, year: number): PageSlot[] {
  const issues: string[][] = [];
  for (let planned = 0; planned < count; planned += issues[issues.length - 1].length) {
    issues.push(issuePages(random).slice(0, count - planned));
  }
  const issuesPerPaper = Math.ceil(issues.length / PAPERS.length);
  const daysBetweenIssues = Math.max(1, 365 / issuesPerPaper);
  return issues.flatMap((pages, issue) => {
    const paper = PAPERS[issue % PAPERS.length];
    const issueOfPaper = Math.floor(issue / PAPERS.length);
    // Each issue gets its own stretch of days, so a paper never has two issues on one day.
    const day = Math.floor((issueOfPaper + random.next()) * daysBetweenIssues);
    const date = new Date(Date.UTC(year, 0, 1) + day * DAY_MS);
    // The front page of a local daily is its 要闻 page.
    return pages.map((page) => ({ paper, date, page, section: page === 'A01' ? '要闻' : random.pick(sections) }));
  });
}

function issuePages(random: Random): string[] {
  const pages = editionPages('A', random.integer(4, 12));
  return random.next() < 0.3 ? [...pages, ...editionPages('B', random.integer(2, 4))] : pages;
}

function editionPages(edition: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => `${edition}${String(i + 1).padStart(2, '0')}`);
}
