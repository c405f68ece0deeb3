import { measureElement, observeElementRect, useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useState } from 'react';

/** A small-size MUI table row: 6 px padding above and below, a 20 px line, a 1 px border. */
export const rowHeightEstimate = 33;
const overscan = 10;
const headerHeightEstimate = 39;

/**
 * Without layout (jsdom in tests, a container not yet laid out) the scroll element measures 0 × 0 and the
 * virtualiser would render no row at all: take the window's height then, so the rows that would fit are rendered.
 */
const observeRectOrWindow: typeof observeElementRect = (instance, callback) =>
  observeElementRect(instance, (rect) =>
    callback(rect.height > 0 ? rect : { width: rect.width || window.innerWidth, height: window.innerHeight || 768 }),
  );

/** Rows are measured once rendered (a long name wraps); a row without layout counts as the estimate. */
const measureRowOrEstimate: typeof measureElement = (element, entry, instance) =>
  measureElement(element, entry, instance) || rowHeightEstimate;

/** The sticky header's height, so that rows scrolled into view land below it, not under it. */
function useHeaderHeight(head: HTMLElement | null): number {
  const [height, setHeight] = useState(headerHeightEstimate);
  useEffect(() => {
    if (!head || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => {
      if (head.offsetHeight > 0) setHeight(head.offsetHeight);
    });
    observer.observe(head);
    return () => observer.disconnect();
  }, [head]);
  return height;
}

interface Options {
  count: number;
  getRowKey: (index: number) => string;
  scrollElement: HTMLDivElement | null;
  head: HTMLElement | null;
}

/** The rows in view of the scroll container, plus a few either side, over a list of any length. */
export function useRowVirtualizer({ count, getRowKey, scrollElement, head }: Options) {
  const headerHeight = useHeaderHeight(head);
  // The app does not run the React Compiler; this only says the compiler would skip this hook, which is right.
  // eslint-disable-next-line react-hooks/incompatible-library
  return useVirtualizer<HTMLDivElement, HTMLTableRowElement>({
    count,
    getScrollElement: () => scrollElement,
    estimateSize: () => rowHeightEstimate,
    getItemKey: getRowKey,
    overscan,
    paddingStart: headerHeight,
    scrollPaddingStart: headerHeight,
    observeElementRect: observeRectOrWindow,
    measureElement: measureRowOrEstimate,
  });
}
