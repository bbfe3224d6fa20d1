// Puts a list back where the reader left it (see restoresScroll). The browser cannot: the list
// is drawn after the hash changes, from data that arrives later, and by then the list itself may
// have changed above (继续阅读 gains the article just read). So the app keeps, per list, the
// item link at a third of the screen and where it was, and puts that link back there.
import { restoresScroll, isListRoute } from '../routing/listRoute';
import { routeState } from './routeState.svelte';

// A list that takes longer than this to draw is shown where it is; the reader has waited enough.
const maxWaitMs = 3000;

/** Marks the link of a list item: `data-scroll-anchor={id}`, the same id wherever the list is drawn. */
export const scrollAnchorAttribute = 'data-scroll-anchor';

interface Position {
  scroll: number;
  /** The item link seen at a third of the screen, and its distance from the top of the screen. */
  anchor: { id: string; top: number } | null;
}

// The home page is both no hash and #/.
const keyOf = (hash: string) => (hash === '' || hash === '#' ? '#/' : hash);

function anchorAt(y: number): Position['anchor'] {
  const item = document.elementFromPoint(window.innerWidth / 2, y)?.closest('li');
  const link = item?.querySelector(`[${scrollAnchorAttribute}]`);
  const id = link?.getAttribute(scrollAnchorAttribute);
  return link && id ? { id, top: link.getBoundingClientRect().top } : null;
}

function findAnchor(id: string): Element | null {
  return document.querySelector(`main [${scrollAnchorAttribute}="${CSS.escape(id)}"]`);
}

class ScrollRestoration {
  /** True while a list waits to be put back: its own scrolling (to a page, to a link) waits too. */
  restoring = $state(false);
  #positions = new Map<string, Position>();
  #cancel: (() => void) | null = null;
  #frame = 0;

  start(): void {
    history.scrollRestoration = 'manual';
    // Measured once a frame at most: a scroll fires many events.
    window.addEventListener('scroll', () => (this.#frame ||= requestAnimationFrame(() => this.#remember())), { passive: true });
    $effect.root(() => {
      $effect(() => {
        const [current, previous, traversal] = [routeState.current, routeState.previous, routeState.traversal];
        this.#cancel?.();
        if (!restoresScroll(current, previous, traversal)) return;
        const position = this.#positions.get(keyOf(location.hash));
        if (position !== undefined && position.scroll > 0) this.#restore(position);
      });
    });
  }

  #remember(): void {
    this.#frame = 0;
    // While a list is being put back, the scrolls are the page growing, not the reader.
    if (this.restoring || !isListRoute(routeState.current)) return;
    this.#positions.set(keyOf(location.hash), { scroll: window.scrollY, anchor: anchorAt(window.innerHeight / 3) });
  }

  #restore(position: Position): void {
    this.restoring = true;
    const started = performance.now();
    let frame = 0;
    const interrupt = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const;
    const stop = () => {
      cancelAnimationFrame(frame);
      for (const type of interrupt) window.removeEventListener(type, stop);
      this.#cancel = null;
      this.restoring = false;
    };
    const step = () => {
      const room = document.documentElement.scrollHeight - window.innerHeight;
      const anchor = position.anchor === null ? null : findAnchor(position.anchor.id);
      const target = anchor === null || position.anchor === null ? position.scroll : window.scrollY + anchor.getBoundingClientRect().top - position.anchor.top;
      const waitForAnchor = position.anchor !== null && anchor === null;
      if ((room >= target && !waitForAnchor) || performance.now() - started > maxWaitMs) {
        window.scrollTo(0, Math.min(target, Math.max(0, room)));
        stop();
        return;
      }
      frame = requestAnimationFrame(step);
    };
    // A reader who scrolls or types while the list loads has taken over.
    for (const type of interrupt) window.addEventListener(type, stop, { passive: true });
    this.#cancel = stop;
    frame = requestAnimationFrame(step);
  }
}

export const scrollRestoration = new ScrollRestoration();
