import {
  Virtualizer,
  defaultRangeExtractor,
  elementScroll,
  observeElementOffset,
  observeElementRect,
  type Rect,
  type VirtualItem,
} from '@tanstack/virtual-core';
import { untrack } from 'svelte';
import { withKeptRows } from './virtual-range.ts';

/** What the rows are, read again whenever it changes (the getter runs in an effect). */
export interface VirtualRowsSource {
  count: number;
  /** A row's stable key (a layer's name): its measured height follows it when rows are inserted above it. */
  key(index: number): string | number;
  /** A first guess at a row's height in pixels, before it is drawn and measured. */
  estimate: number;
  /** Rows drawn wherever the scroll is (null: none), e.g. the row whose form is open. */
  kept?: readonly (number | null)[];
  /** False: every row is drawn (a short list, or the student asked to see every row). */
  enabled: boolean;
}

type Rows = Virtualizer<HTMLElement, HTMLElement>;

/**
 * The scroll box's size as its ResizeObserver reports it, after the browser's own layout. virtual-core's
 * observeElementRect also reads it at once (getBoundingClientRect), which forces a layout of the whole page in
 * the middle of building it: 14 ms of the task that shows a 5,000-row table (Chromium's profiler). Until the
 * first report, the window's size stands in (`initialRect`). Where there is no ResizeObserver, virtual-core's.
 */
function observeRectAfterLayout(instance: Rows, changed: (rect: Rect) => void): (() => void) | undefined {
  const element = instance.scrollElement;
  if (!element || typeof ResizeObserver === 'undefined') return observeElementRect(instance, changed);
  const observer = new ResizeObserver(([entry]) => {
    const box = entry?.borderBoxSize[0];
    if (box) changed({ width: Math.round(box.inlineSize), height: Math.round(box.blockSize) });
  });
  observer.observe(element, { box: 'border-box' });
  return () => observer.disconnect();
}

/**
 * Draws only the rows in a scroll box's view, with `@tanstack/virtual-core` (its Svelte adapter is written for
 * Svelte 4 stores: this is the runes version, the shape of its Solid adapter). A component creates one while it
 * initialises, attaches `scroller` to the scrolling element and `measure` to each drawn row (which carries
 * `data-index`), and draws `items`; rows are measured as drawn, so rows of different heights place correctly.
 */
export class VirtualRows {
  /** The rows to draw, in order, with their pixel extent. */
  items = $state.raw<VirtualItem[]>([]);
  /** The height of every row together, drawn or not. */
  totalSize = $state(0);

  readonly #virtualizer: Virtualizer<HTMLElement, HTMLElement>;
  #element: HTMLElement | null = null;
  /** True while `scroller` attaches the scroll box. */
  #attaching = false;
  #kept: readonly (number | null)[] = [];
  /** The height of the first row measured: every row not yet measured is assumed to be as tall. */
  #typical: number | null = null;

  constructor(source: () => VirtualRowsSource) {
    this.#virtualizer = new Virtualizer<HTMLElement, HTMLElement>({
      count: 0,
      getScrollElement: () => this.#element,
      estimateSize: () => 32,
      scrollToFn: (offset, options, instance) => {
        // A scroll box just attached is at its top: virtual-core scrolls it there anyway, which forces a layout
        // of the page while it is being built (25 ms of the 5,000-row table's first task).
        if (this.#attaching && offset === 0) return;
        elementScroll(offset, options, instance);
      },
      observeElementRect: observeRectAfterLayout,
      initialRect: { width: window.innerWidth, height: window.innerHeight },
      measureElement: (element, entry) => this.#height(element, entry),
      observeElementOffset,
      overscan: 8,
      rangeExtractor: (range) => withKeptRows(defaultRangeExtractor(range), this.#kept, range.count),
      onChange: () => this.#publish(),
    });
    $effect.pre(() => {
      const options = source();
      const keys = options.key;
      untrack(() => {
        this.#kept = options.kept ?? [];
        this.#virtualizer.setOptions({
          ...this.#virtualizer.options,
          count: options.count,
          getItemKey: (index) => keys(index),
          estimateSize: () => this.#typical ?? options.estimate,
          enabled: options.enabled,
        });
        this.#virtualizer._willUpdate();
        this.#publish();
      });
    });
  }

  /** Attach to the scrolling element. */
  scroller = (element: HTMLElement): (() => void) => {
    this.#element = element;
    this.#attaching = true;
    const unmount = this.#virtualizer._didMount();
    this.#virtualizer._willUpdate();
    this.#attaching = false;
    this.#publish();
    return () => {
      unmount();
      this.#element = null;
    };
  };

  /**
   * Attach to each drawn row (it must carry `data-index`): its real height replaces the estimate once the row's
   * ResizeObserver reports it, after the browser's own layout (reading it at once would force a layout of the
   * page for the first row drawn). The first height reported sets the estimate of every other row: rows of the
   * usual height then measure as estimated and cost nothing, where each row that differs from the estimate
   * makes the virtualizer place every row after it again (a few dozen rows of a 5,000-row table cost 30 ms).
   */
  measure = (element: HTMLElement): void => {
    this.#virtualizer.measureElement(element);
  };

  /** A row's height: from its ResizeObserver's report, or (not reported yet) what the virtualizer assumes. */
  #height(element: HTMLElement, entry: ResizeObserverEntry | undefined): number {
    const virtualizer = this.#virtualizer;
    if (!entry) {
      if (typeof ResizeObserver === 'undefined') return element.getBoundingClientRect().height;
      return virtualizer.measurementsCache[virtualizer.indexFromElement(element)]?.size ?? 0;
    }
    const height = entry.borderBoxSize[0]?.blockSize ?? element.getBoundingClientRect().height;
    if (this.#typical === null && height > 0) {
      const typical = (this.#typical = height);
      // Every row not measured yet is assumed this tall: a new estimate function makes the virtualizer place
      // the rows again (rows measured already keep their heights).
      virtualizer.setOptions({ ...virtualizer.options, estimateSize: () => typical });
    }
    return height;
  }

  /** Brings a row into view (a row focused or opened from elsewhere). */
  scrollToIndex = (index: number): void => {
    this.#virtualizer.scrollToIndex(index, { align: 'auto' });
  };

  #publish(): void {
    this.items = this.#virtualizer.getVirtualItems();
    this.totalSize = this.#virtualizer.getTotalSize();
  }
}
