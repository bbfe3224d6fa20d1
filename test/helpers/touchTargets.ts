import type { Page } from 'playwright-core';

/** A control smaller than a fingertip, as found on the page. */
export interface SmallTarget {
  /** tag, then its accessible text or label, e.g. `a "返回文章列表"` */
  what: string;
  width: number;
  height: number;
}

/**
 * Every visible control (link, button, field, summary) of the page whose box is under `min`
 * CSS px in width or height. A radio or checkbox counts as the label it sits in (the label is
 * what a finger taps). The one exception, by WCAG 2.5.8's own: a link inside a sentence of
 * running text (its line height is the text's), which `inlineInText` names.
 */
export function findSmallTargets(page: Page, min = 44): Promise<{ small: SmallTarget[]; inlineInText: string[]; measured: number }> {
  return page.evaluate((min) => {
    const selector = 'a[href], button, input:not([type="hidden"]), select, textarea, summary, [role="button"]';
    const small: { what: string; width: number; height: number }[] = [];
    const inlineInText: string[] = [];
    let measured = 0;
    const describe = (element: Element) =>
      `${element.tagName.toLowerCase()} "${(element.getAttribute('aria-label') ?? element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40)}"`;
    // A link whose parent paragraph also holds text of its own is part of a sentence.
    const inSentence = (element: Element) => {
      if (element.tagName !== 'A' || getComputedStyle(element).display !== 'inline') return false;
      const parent = element.parentElement;
      if (parent === null || !['P', 'LI', 'SPAN'].includes(parent.tagName)) return false;
      return [...parent.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim() !== '');
    };
    for (const element of document.querySelectorAll(selector)) {
      const style = getComputedStyle(element);
      if (style.visibility === 'hidden' || style.display === 'none') continue;
      const target = element instanceof HTMLInputElement && ['radio', 'checkbox'].includes(element.type) ? (element.closest('label') ?? element) : element;
      const box = target.getBoundingClientRect();
      // Not drawn at all: inside a closed <details>, or a screen-reader-only element.
      if (box.width === 0 && box.height === 0) continue;
      if (element.closest('.visually-hidden') !== null) continue;
      measured++;
      if (box.width >= min - 0.5 && box.height >= min - 0.5) continue;
      if (inSentence(element)) {
        inlineInText.push(describe(element));
        continue;
      }
      small.push({ what: describe(target), width: Math.round(box.width), height: Math.round(box.height) });
    }
    return { small, inlineInText, measured };
  }, min);
}
