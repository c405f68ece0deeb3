import { render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { describe, expect, it } from 'vitest';
import { lazyWithPreload } from './lazy-with-preload';

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
