/**
 * Figures float to the top of the next page, as the published report's do. print.css keeps a figure
 * whole (break-inside: avoid); left to Paged.js, a figure that does not fit the rest of a page moves to
 * the next one and takes the text after it along, leaving the rest of the page empty. This handler lets
 * that text fill the page instead and puts the figure first on the next page:
 *
 *   figure reached ─▶ fits? ─yes─▶ laid out where it stands
 *                       │no (and something above it on the page)
 *                       ▼
 *   hidden where it stands, queued ─▶ the text after it fills the page
 *        ─▶ next page: the queued figures first (inside the rebuilt parent), then the text
 *        ─▶ or, if that page starts a chapter (a forced break): moved in the source to just before
 *           the break, so they end the chapter on a page of their own and never precede its heading.
 *
 * Figures keep their order: while one waits, every figure after it waits too. A figure whose caption
 * holds a footnote is left to Paged.js (its note would already sit at this page's foot). The hidden
 * copy is removed once its page is laid out, so its id names one element, on the page it prints on.
 *
 * Runs in the page, once (after Paged.js is loaded): it must not refer to anything outside itself.
 */
export function registerFigureFloats(): void {
  type Layout = { element: HTMLElement };
  type Token = { node: Node | null; offset?: number; constructor: new (node: Node, offset: number) => Token };
  type HandlerClass = (new (chunker: unknown, polisher: unknown, caller: unknown) => object) & { prototype: object };
  type Paged = { Handler: HandlerClass; registerHandlers(...h: HandlerClass[]): void };
  const paged = (window as unknown as { Paged: Paged }).Paged;
  const deferred = 'data-ehalsa-deferred';
  const placed = 'data-ehalsa-placed';

  const isFigure = (node: Node): node is HTMLElement => node instanceof HTMLElement && node.tagName === 'FIGURE';

  /**
   * Whether the element does not fit the page's content area. Paged.js lays a page out in CSS columns,
   * so what does not fit goes on in a column to the right (a figure kept whole starts there).
   */
  const overflows = (element: Element, layout: Layout): boolean => {
    const box = element.getBoundingClientRect();
    const area = layout.element.getBoundingClientRect();
    return Math.round(box.left) >= Math.floor(area.right) || Math.floor(box.bottom) > Math.round(area.bottom);
  };

  /** Whether anything is laid out on the page before the element. */
  const hasContentBefore = (element: Element, layout: Layout): boolean => {
    const range = document.createRange();
    range.setStart(layout.element, 0);
    range.setEndBefore(element);
    return range.toString().trim() !== '' || range.cloneContents().querySelector('svg, img, table') !== null;
  };

  class FigureFloats extends paged.Handler {
    /** Source figures waiting for the top of the next page, in document order. */
    queue: HTMLElement[] = [];
    /** Set when a page starts with figures waiting: placed at the first node laid out on it. */
    placeAtTop = false;

    onPageLayout(): void {
      this.placeAtTop = this.queue.length > 0;
    }

    renderNode(clone: Node, node: Node, layout: Layout): void {
      if (this.placeAtTop) {
        this.placeAtTop = false;
        this.place(clone, layout);
      }
      if (!isFigure(node) || !(clone instanceof HTMLElement) || clone.hasAttribute(placed)) return;
      if (node.querySelector('[data-note="footnote"], .footnote')) return;
      if (this.queue.length === 0) {
        // The clone is still empty (a figure is laid out child by child): measure a whole copy in its place.
        const probe = node.cloneNode(true) as HTMLElement;
        clone.replaceWith(probe);
        const fits = !overflows(probe, layout);
        probe.replaceWith(clone);
        // A figure first on its page is laid out there whatever its size (nothing would fill in before it).
        if (fits || !hasContentBefore(clone, layout)) return;
      }
      clone.setAttribute(deferred, '');
      clone.style.display = 'none';
      this.queue.push(node);
    }

      /** The queued figures that fit, first on the page, in the parent the first node was laid out in. */
    place(first: Node, layout: Layout): void {
      const wrapper = layout.element;
      const ref = (this.queue[0]!.parentElement as HTMLElement | null)?.dataset['ref'];
      const parent = ref ? wrapper.querySelector<HTMLElement>(`[data-ref="${CSS.escape(ref)}"]`) : null;
      // Every figure goes before what was there first, so they keep their order.
      const before = parent ? parent.firstChild : topmost(first, wrapper);
      const into = parent ?? before?.parentNode ?? wrapper;
      while (this.queue.length > 0) {
        const copy = this.queue[0]!.cloneNode(true) as HTMLElement;
        copy.setAttribute(placed, '');
        into.insertBefore(copy, before);
        if (overflows(copy, layout) && hasContentBefore(copy, layout)) {
          copy.remove();
          return;
        }
        this.queue.shift();
      }
    }

    /** A page that would start with a forced break (a chapter): the figures end the chapter instead. */
    onBreakToken(token: Token | undefined): Token | undefined {
      const node = token?.node;
      if (!token || !node || this.queue.length === 0 || !(node instanceof HTMLElement)) return undefined;
      const breakBefore = node.dataset['breakBefore'];
      if (breakBefore !== 'page' && breakBefore !== 'left' && breakBefore !== 'right') return undefined;
      for (const figure of this.queue) node.before(figure);
      const first = this.queue[0]!;
      this.queue = [];
      return new token.constructor(first, 0);
    }

    afterPageLayout(page: HTMLElement, _info: unknown, breakToken: unknown): void {
      for (const hidden of Array.from(page.querySelectorAll(`[${deferred}]`))) hidden.remove();
      if (!breakToken && this.queue.length > 0) {
        throw new Error(`figures left without a page at the end of the document: ${this.queue.map((f) => f.id).join(', ')}`);
      }
    }
  }

  /** The ancestor of `node` that is a child of `wrapper` (where a rebuilt chain begins). */
  function topmost(node: Node, wrapper: Element): Node | null {
    let current: Node | null = node;
    while (current && current.parentNode !== wrapper) current = current.parentNode;
    return current;
  }

  paged.registerHandlers(FigureFloats);
}
