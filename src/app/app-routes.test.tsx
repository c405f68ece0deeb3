import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { resetMockBackend } from '../../mocks/node';
import { renderWithProviders } from '@/test/render';
import { AppRouter } from './router';

const renderAt = (path: string) => renderWithProviders(<AppRouter initialPath={path} />);

describe('Data Sources routes', () => {
  it('leads from / to the Vault Connections tab, inside the Navigation pane’s Data Sources', async () => {
    renderAt('/');
    expect(await screen.findByRole('tab', { name: 'Vault Connections', selected: true })).toBeVisible();
    const pane = screen.getByRole('navigation', { name: 'Navigation pane' });
    expect(within(pane).getByRole('link', { name: 'Data Sources' })).toHaveAttribute('aria-current', 'page');
    const panel = screen.getByRole('tabpanel', { name: 'Vault Connections' });
    expect(await within(panel).findByRole('row', { name: /Finance secrets \(cross-account\)/ })).toBeVisible();
  });

  it('gives each tab its own address', async () => {
    renderAt('/data-sources/database-logins');
    expect(await screen.findByRole('tab', { name: 'Database Logins', selected: true })).toBeVisible();
    const panel = screen.getByRole('tabpanel', { name: 'Database Logins' });
    expect(await within(panel).findByRole('cell', { name: 'Snowflake service account' })).toBeVisible();
  });

  it('names the environment in the top bar', async () => {
    renderAt('/');
    expect(await screen.findByText('Environment: MCE Production (us-west-2), Managed Cloud Enterprise')).toBeInTheDocument();
  });

  it('says so when there are no vault connections yet, and keeps the Add button', async () => {
    resetMockBackend('empty');
    renderAt('/data-sources/vault-connections');
    expect(await screen.findByText(/There are no vault connections yet/)).toBeVisible();
    expect(screen.getByRole('button', { name: 'Add New Vault Connection' })).toBeEnabled();
  });

  it('shows the server’s message, its ticket and Retry when the list cannot load', async () => {
    resetMockBackend('default', { fault: 'reads' });
    renderAt('/data-sources/database-logins');
    expect(await screen.findByText('Database logins could not be loaded')).toBeVisible();
    expect(screen.getByText(/Simulated fault/)).toBeVisible();
    expect(screen.getByText(/Ticket ID: [0-9a-f]{32}/)).toBeVisible();
    expect(screen.getByRole('button', { name: 'Retry' })).toBeEnabled();
  });

  it('answers an unknown address with a way back', async () => {
    renderAt('/nowhere');
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeVisible();
    expect(within(screen.getByRole('main')).getByRole('link', { name: 'Data Sources' })).toHaveAttribute('href', '/data-sources/vault-connections');
  });
});
