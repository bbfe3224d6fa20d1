// What is shared of an article: its deep link, a short excerpt, or a passage the reader chose.
import { articleHref } from '../routing/route';

export interface ShareContent {
  title: string;
  text: string;
  url: string;
}

const excerptLength = 60;
const quoteLength = 200;

/** The article's absolute link, from the page's own address (any base path) with its hash route. */
export function articleLink(articleId: string, pageUrl: string): string {
  return new URL(articleHref(articleId), pageUrl).href;
}

/** The start of the body, on one line, for the text beside a shared link. */
export function articleExcerpt(paragraphs: readonly string[]): string {
  return shorten(paragraphs.join(''), excerptLength);
}

export function articleShare(title: string, paragraphs: readonly string[], url: string): ShareContent {
  return { title, text: articleExcerpt(paragraphs), url };
}

/** A passage the reader selected, in corner brackets, with the headline it comes from. */
export function quoteShare(quote: string, title: string, url: string): ShareContent {
  return { title, text: `「${shorten(quote, quoteLength)}」——${title}`, url };
}

/** The text put on the clipboard when the system cannot share: the shared text, then the link. */
export function clipboardTextOf(content: ShareContent, withText: boolean): string {
  return withText ? `${content.text}\n${content.url}` : content.url;
}

function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const chars = [...flat];
  return chars.length <= max ? flat : `${chars.slice(0, max).join('')}…`;
}
