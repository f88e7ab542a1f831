/**
 * What the IPC boundary costs: a call through the dispatcher (sender check,
 * input parse, handler, output check) against calling the handler directly.
 * Both run in this process, so the ratio is the overhead the app adds per
 * call on top of Electron's own message passing.
 */
import path from 'node:path';
import { test } from 'vitest';
import { handlers } from '../../electron/handlers';
import { createDispatcher } from '../../electron/ipc';
import { appOrigin } from '../../electron/security';
import { createTestContext } from '../support/test-context';
import { recordComparison, toCase } from './record';

const sender = { url: `${appOrigin}/index.html`, isTopFrame: true };

test('ipc: dispatcher overhead per call', async ({ bench }) => {
  const data = await createTestContext({ resourcesDir: path.join(import.meta.dirname, '..', 'fixtures', 'resources') });
  const dispatch = createDispatcher({ registry: handlers, context: data.context, allowedOrigins: [appOrigin] });
  try {
    const results = await bench.compare(
      bench('baseline: settings:get handler called directly', async () => {
        await handlers['settings:get'](data.context, undefined);
      }),
      bench('settings:get through the dispatcher', async () => {
        await dispatch(sender, 'settings:get', undefined);
      }),
      bench('shell:openExternal (validated URL) through the dispatcher', async () => {
        await dispatch(sender, 'shell:openExternal', { url: 'https://example.com/' });
      }),
      { time: 500 },
    );
    await recordComparison('ipc', {
      title: 'IPC dispatch (per call)',
      baseline: 'baseline: settings:get handler called directly',
      cases: [
        toCase(results.get('baseline: settings:get handler called directly')),
        toCase(results.get('settings:get through the dispatcher')),
        toCase(results.get('shell:openExternal (validated URL) through the dispatcher')),
      ],
    });
  } finally {
    await data.dispose();
  }
});
