// What the accessibility tests look for on a screen: axe-core's rules, and a keyboard walk with
// Tab that must reach every control, each with a focus ring that is visible and not covered.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/**
 * axe-core's violations on the page, one line each ("rule: selector"), so a failing assertion
 * names what to fix. Text whose contrast axe could not decide is reported too; a lone glyph
 * (★, ←), which axe leaves undecided as not being text, is not.
 */
export async function axeProblems(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  const problems = results.violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id} (${violation.impact}): ${node.target.join(' ')} — ${node.failureSummary ?? ''}`),
  );
  for (const undecided of results.incomplete.filter((rule) => rule.id === 'color-contrast')) {
    for (const node of undecided.nodes) {
      const reason = node.any[0];
      const key = (reason?.data as { messageKey?: string } | null)?.messageKey;
      if (key !== 'nonBmp') problems.push(`color-contrast undecided: ${node.target.join(' ')} — ${reason?.message ?? ''}`);
    }
  }
  return problems;
}

export interface FocusStop {
  /** Tag and name of the control, to read in a failure. */
  name: string;
  /** A focus outline of at least 2 px, on the control or on the label that frames it. */
  ring: boolean;
  /** Inside the viewport and not hidden under the sticky header or a toast. */
  inView: boolean;
}

export interface TabWalk {
  stops: FocusStop[];
  /** Visible controls Tab never reached (a radio group counts once, as Tab enters it once). */
  unreached: string[];
}

const tabKey = 'data-tab-walk';

/** Presses Tab from the top of the page until focus leaves the page or comes round again. */
export async function tabThroughPage(page: Page, maxStops = 400): Promise<TabWalk> {
  const candidates = await page.evaluate((attribute) => {
    const selector = 'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])';
    const names: Record<string, string> = {};
    let index = 0;
    for (const element of document.querySelectorAll<HTMLElement>(selector)) {
      if ((element as HTMLButtonElement).disabled || !element.checkVisibility({ visibilityProperty: true })) continue;
      const radio = element instanceof HTMLInputElement && element.type === 'radio';
      const key = radio ? `radio:${element.name}` : String(index++);
      element.setAttribute(attribute, key);
      names[key] = `${element.tagName.toLowerCase()} ${element.getAttribute('aria-label') ?? element.textContent?.trim().slice(0, 40) ?? ''}`;
    }
    // Start where a reader starts: before the first element of the page.
    const start = document.createElement('span');
    start.tabIndex = -1;
    document.body.prepend(start);
    start.focus();
    start.remove();
    return names;
  }, tabKey);

  const stops: FocusStop[] = [];
  const reached = new Set<string>();
  let first: string | null = null;
  for (let i = 0; i < maxStops; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(describeFocus, tabKey);
    if (stop === null || stop.key === first) break;
    first ??= stop.key;
    reached.add(stop.key);
    stops.push({ name: stop.name, ring: stop.ring, inView: stop.inView });
  }
  const unreached = Object.entries(candidates)
    .filter(([key]) => !reached.has(key))
    .map(([, name]) => name);
  return { stops, unreached };
}

/** Runs in the page: the focused control, whether its ring shows and whether it is in view. */
function describeFocus(attribute: string): { key: string; name: string; ring: boolean; inView: boolean } | null {
  const element = document.activeElement as HTMLElement | null;
  if (element === null || element === document.body) return null;
  const label = element.closest('label');
  const framed = [element, ...(label ? [label] : [])].filter((node) => parseFloat(getComputedStyle(node).opacity) > 0);
  const ring = framed.some((node) => {
    const style = getComputedStyle(node);
    return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
  });
  const shown = framed[0] ?? element;
  const box = shown.getBoundingClientRect();
  const x = box.left + box.width / 2;
  const y = box.top + Math.min(box.height / 2, 10);
  const inViewport = box.width > 0 && box.height > 0 && y >= 0 && y < innerHeight && x >= 0 && x < innerWidth;
  const onTop = inViewport ? document.elementFromPoint(x, y) : null;
  const inView = onTop !== null && (element.contains(onTop) || shown.contains(onTop) || onTop.contains(element));
  const name = `${element.tagName.toLowerCase()} ${element.getAttribute('aria-label') ?? element.textContent?.trim().slice(0, 40) ?? ''}`;
  return { key: element.getAttribute(attribute) ?? `unlisted ${name}`, name, ring, inView };
}

/** The stops that fail: no visible ring, or not in view when focused. */
export function focusProblems(walk: TabWalk): string[] {
  return walk.stops.flatMap((stop) => [
    ...(stop.ring ? [] : [`no focus ring: ${stop.name}`]),
    ...(stop.inView ? [] : [`focused out of view or covered: ${stop.name}`]),
  ]);
}
