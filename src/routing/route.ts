// Hash routes keep every link working from a plain static folder, under any base path:
//   #/                 the list of articles
//   #/article/<id>     one article, <id> URL-encoded

export type Route = { name: 'home' } | { name: 'article'; id: string } | { name: 'notFound' };

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '');
  if (path === '' || path === '/') return { name: 'home' };
  const article = /^\/article\/([^/]+)$/.exec(path);
  if (article?.[1] !== undefined) {
    const id = decodeSegment(article[1]);
    if (id !== null && id !== '') return { name: 'article', id };
  }
  return { name: 'notFound' };
}

export const homeHref = '#/';

export function articleHref(id: string): string {
  return `#/article/${encodeURIComponent(id)}`;
}

function decodeSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}
