import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

export type PreloadableComponent<P> = LazyExoticComponent<ComponentType<P>> & { preload: () => Promise<unknown> };

/**
 * A component fetched as its own chunk when first needed, with preload() to fetch it earlier (when the browser
 * is idle, or when the pointer rests on the button that opens it), so opening it stays instant.
 */
export function lazyWithPreload<P>(load: () => Promise<{ default: ComponentType<P> }>): PreloadableComponent<P> {
  let loading: Promise<{ default: ComponentType<P> }> | undefined;
  const preload = () => (loading ??= load());
  return Object.assign(lazy(preload), { preload });
}

/** Preloads when the browser has nothing else to do (or soon, where requestIdleCallback is missing). */
export function preloadWhenIdle(...components: { preload: () => Promise<unknown> }[]): void {
  const run = () => components.forEach((component) => void component.preload());
  if ('requestIdleCallback' in window) window.requestIdleCallback(run, { timeout: 3000 });
  else setTimeout(run, 1000);
}
