import { createElement, lazy, type ComponentType } from 'react';

export type PreloadableComponent<P> = ComponentType<P> & { preload: () => Promise<unknown> };

/**
 * A component fetched as its own chunk when first needed, with preload() to fetch it earlier (when the browser
 * is idle, or when the pointer rests on the button that opens it), so opening it stays instant.
 *
 * Once the chunk has arrived the component renders directly, not through React.lazy: a lazy component suspends
 * on its first render even when its code is already here, and React then holds the content back for its
 * Suspense throttle (about 300 ms), which made a preloaded dialog open as slowly as a cold one.
 */
export function lazyWithPreload<P extends object>(load: () => Promise<{ default: ComponentType<P> }>): PreloadableComponent<P> {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<{ default: ComponentType<P> }> | undefined;
  const preload = () =>
    (loading ??= load().then((module) => {
      loaded = module.default;
      return module;
    }));
  const LazyComponent = lazy(preload);
  function Preloadable(props: P) {
    return createElement(loaded ?? LazyComponent, props);
  }
  return Object.assign(Preloadable, { preload });
}

/**
 * Preloads when the browser has nothing else to do (or soon, where requestIdleCallback is missing). Returns the
 * cancel function, for an effect's cleanup: a screen that is gone no longer needs its dialogs.
 */
export function preloadWhenIdle(...components: { preload: () => Promise<unknown> }[]): () => void {
  const run = () => components.forEach((component) => void component.preload());
  if ('requestIdleCallback' in window) {
    const handle = window.requestIdleCallback(run, { timeout: 3000 });
    return () => window.cancelIdleCallback(handle);
  }
  const timer = setTimeout(run, 1000);
  return () => clearTimeout(timer);
}
