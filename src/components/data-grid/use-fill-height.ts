import { useEffect, useState } from 'react';

/**
 * The height that takes an element from where it starts down to the bottom of the window, less a gap: the grid
 * fills the screen below whatever the tab puts above it (toolbars, a warning) and scrolls inside itself. Measured
 * again when the window or the page's layout changes; undefined until measured (and in tests, which have no layout).
 */
export function useFillHeight(element: HTMLElement | null, gap: number): number | undefined {
  const [height, setHeight] = useState<number>();
  useEffect(() => {
    if (!element || typeof ResizeObserver === 'undefined') return;
    const update = () => {
      const top = element.getBoundingClientRect().top + window.scrollY;
      setHeight(Math.floor(window.innerHeight - top - gap));
    };
    const observer = new ResizeObserver(update);
    observer.observe(document.body);
    window.addEventListener('resize', update);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', update);
    };
  }, [element, gap]);
  return height;
}
