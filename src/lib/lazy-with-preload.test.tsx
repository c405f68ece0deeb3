import { render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { lazyWithPreload, preloadWhenIdle } from './lazy-with-preload';

const greetingModule = async () => ({ default: ({ name }: { name: string }) => <p>Hello {name}</p> });

describe('lazyWithPreload', () => {
  it('renders a preloaded component at once, without showing its fallback', async () => {
    const Greeting = lazyWithPreload(greetingModule);
    await Greeting.preload();
    render(
      <Suspense fallback={<p>Loading…</p>}>
        <Greeting name="Ada" />
      </Suspense>,
    );
    expect(screen.getByText('Hello Ada')).toBeInTheDocument();
    expect(screen.queryByText('Loading…')).toBeNull();
  });

  it('fetches a component nobody preloaded when it is first rendered', async () => {
    const Greeting = lazyWithPreload(greetingModule);
    render(
      <Suspense fallback={<p>Loading…</p>}>
        <Greeting name="Grace" />
      </Suspense>,
    );
    expect(screen.getByText('Loading…')).toBeInTheDocument();
    expect(await screen.findByText('Hello Grace')).toBeInTheDocument();
  });
});

describe('preloadWhenIdle', () => {
  afterEach(() => vi.useRealTimers());

  // Where requestIdleCallback is missing it waits a second; jsdom's own is stubbed out in the test setup.
  const withoutIdleCallback = (test: () => void) => {
    const idle = window.requestIdleCallback;
    Reflect.deleteProperty(window, 'requestIdleCallback');
    try {
      test();
    } finally {
      window.requestIdleCallback = idle;
    }
  };

  it('preloads later, and not at all once cancelled (the screen that wanted it is gone)', () =>
    withoutIdleCallback(() => {
      vi.useFakeTimers();
      const kept = { preload: vi.fn(async () => undefined) };
      const dropped = { preload: vi.fn(async () => undefined) };
      preloadWhenIdle(kept);
      const cancel = preloadWhenIdle(dropped);
      cancel();
      expect(kept.preload).not.toHaveBeenCalled();
      vi.advanceTimersByTime(1000);
      expect(kept.preload).toHaveBeenCalledOnce();
      expect(dropped.preload).not.toHaveBeenCalled();
    }));
});
