// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { KravstudioBridge } from '../../../shared/api';
import { catalogues } from '../../../shared/i18n/catalogues';
import type * as ErrorBoundaryModule from '../../../renderer/src/components/ErrorBoundary';

const writeText = vi.fn(async (_input: { text: string }) => ({ ok: true, value: undefined }));

function Bomb(): React.JSX.Element {
  throw new TypeError('Cannot read properties of undefined (reading "sections")');
}

describe('ErrorBoundary', () => {
  let container: HTMLDivElement;
  let root: Root;
  let ErrorBoundary: typeof ErrorBoundaryModule.ErrorBoundary;

  beforeAll(async () => {
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
    Object.defineProperty(window, 'kravstudio', { value: { clipboard: { writeText } } as unknown as KravstudioBridge });
    const { initI18n } = await import('../../../renderer/src/i18n');
    await initI18n('sv');
    ({ ErrorBoundary } = await import('../../../renderer/src/components/ErrorBoundary'));
  });

  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
  });

  afterEach(() => {
    act(() => root.unmount());
    container.remove();
  });

  it('shows a friendly message instead of a blank screen, and copies the details', async () => {
    await act(async () => {
      root.render(
        <ErrorBoundary appVersion="1.2.3">
          <Bomb />
        </ErrorBoundary>,
      );
    });
    const sv = catalogues.sv.error;
    expect(container.querySelector('[role="alert"]')?.textContent).toContain(sv.title);
    expect(container.textContent).toContain(sv.text);
    expect(container.textContent).not.toContain('reading "sections"');

    const copy = [...container.querySelectorAll('button')].find((button) => button.textContent === sv.copy);
    await act(async () => copy?.click());
    expect(writeText).toHaveBeenCalledTimes(1);
    const details = writeText.mock.calls[0]?.[0].text ?? '';
    expect(details).toContain('Kravstudio 1.2.3');
    expect(details).toContain('TypeError: Cannot read properties of undefined (reading "sections")');
    expect(details).toContain('Bomb');
    expect(container.querySelector('[role="status"]')?.textContent).toBe(sv.copied);
  });

  it('"try again" renders the children anew', async () => {
    let explode = true;
    function Flaky(): React.JSX.Element {
      if (explode) throw new Error('once');
      return <p>recovered</p>;
    }
    await act(async () => {
      root.render(
        <ErrorBoundary appVersion="1.2.3">
          <Flaky />
        </ErrorBoundary>,
      );
    });
    explode = false;
    const retry = [...container.querySelectorAll('button')].find((button) => button.textContent === catalogues.sv.error.retry);
    await act(async () => retry?.click());
    expect(container.textContent).toBe('recovered');
  });
});
