/*
 * A new version never interrupts: the app says it is ready and reloads only
 * when the person chooses.
 */
import { act, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useAppUpdate } from '../../src/app/appUpdate';
import { renderApp } from './helpers';

describe('a new version of the app', () => {
  it('waits for the person to choose to reload', async () => {
    const { user } = await renderApp();
    expect(screen.queryByRole('button', { name: 'Reload now' })).toBeNull();
    const reload = vi.fn();
    act(() => useAppUpdate.setState({ reload }));
    expect(await screen.findByText(/A new version of Billpath is ready. Everything you recorded is saved/)).toBeTruthy();
    expect(reload).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Reload now' }));
    expect(reload).toHaveBeenCalledOnce();
    act(() => useAppUpdate.setState({ reload: undefined }));
  });
});
