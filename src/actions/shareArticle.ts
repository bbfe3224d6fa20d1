import { copyText } from '../sharing/copyText';
import { clipboardTextOf, type ShareContent } from '../sharing/shareContent';

export type ShareOutcome = 'shared' | 'copied' | 'cancelled' | 'failed';

export interface ShareEnvironment {
  share?: ((data: ShareData) => Promise<void>) | undefined;
  copy: (text: string) => Promise<boolean>;
}

function browserEnvironment(): ShareEnvironment {
  const share = typeof navigator.share === 'function' ? (data: ShareData) => navigator.share(data) : undefined;
  return { share, copy: (text) => copyText(text) };
}

/**
 * The reader shares an article or a passage of it: through the system's share sheet when there
 * is one, else by copying the link (with the passage, for a quote) to the clipboard.
 */
export async function shareArticle(content: ShareContent, { quote = false } = {}, env = browserEnvironment()): Promise<ShareOutcome> {
  if (env.share) {
    try {
      await env.share({ title: content.title, text: content.text, url: content.url });
      return 'shared';
    } catch (error) {
      // The reader closed the share sheet: nothing to do. Any other refusal falls back to copying.
      if (error instanceof DOMException && error.name === 'AbortError') return 'cancelled';
    }
  }
  return (await env.copy(clipboardTextOf(content, quote))) ? 'copied' : 'failed';
}
