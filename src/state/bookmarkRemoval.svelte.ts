import type { BookmarkRow } from '../db/rows';

export interface BookmarkRemovalDeps {
  /** Removes the bookmark and returns it as it was (undefined if it was already gone). */
  remove: (articleId: string) => Promise<BookmarkRow | undefined>;
  restore: (bookmark: BookmarkRow) => Promise<void>;
  /** How long the reader can undo, in ms. */
  undoFor?: number;
}

/**
 * A removed bookmark, offered back for a few seconds ("已取消收藏 · 撤销"). The bookmark is
 * deleted at once, so a closed tab never resurrects it; undo puts the old row back.
 */
export class BookmarkRemoval {
  /** The bookmark the reader can still undo the removal of. */
  removed = $state.raw<BookmarkRow | null>(null);
  #deps: Required<BookmarkRemovalDeps>;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor({ undoFor = 6000, ...deps }: BookmarkRemovalDeps) {
    this.#deps = { undoFor, ...deps };
  }

  async remove(articleId: string): Promise<void> {
    const bookmark = await this.#deps.remove(articleId);
    if (bookmark === undefined) return;
    this.#offer(bookmark);
  }

  async undo(): Promise<void> {
    const bookmark = this.removed;
    this.dismiss();
    if (bookmark !== null) await this.#deps.restore(bookmark);
  }

  dismiss(): void {
    clearTimeout(this.#timer);
    this.removed = null;
  }

  #offer(bookmark: BookmarkRow): void {
    clearTimeout(this.#timer);
    this.removed = bookmark;
    this.#timer = setTimeout(() => (this.removed = null), this.#deps.undoFor);
  }
}
