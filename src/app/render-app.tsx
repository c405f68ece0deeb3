import { createRoot } from 'react-dom/client';
import { App } from './app';

export function renderApp(container: HTMLElement): void {
  createRoot(container).render(<App />);
}
