/**
 * The supplier channels as a test drives them: a test context with the
 * buyer's small tender saved as E-tjänst.kravspec in the documents folder,
 * and a caller that dispatches a channel as the app's window would and
 * throws on a refusal.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { handlers } from '../../electron/handlers';
import { createDispatcher, type Dispatch } from '../../electron/ipc';
import { appOrigin } from '../../electron/security';
import { serializeSpecification } from '../../shared/specification/document-file';
import { smallTender } from './supplier-responses';
import { createTestContext, type TestContext } from './test-context';

const appFrame = { url: `${appOrigin}/index.html`, isTopFrame: true };

export interface SupplierChannels {
  data: TestContext;
  dispatch: Dispatch;
  /** The buyer's small tender, saved where a dialog can hand it out. */
  specPath: string;
  call: (channel: Parameters<Dispatch>[1], input: unknown) => Promise<unknown>;
}

export async function supplierChannels(): Promise<SupplierChannels> {
  const data = await createTestContext({ resourcesDir: path.join(import.meta.dirname, '..', 'fixtures', 'resources') });
  const dispatch = createDispatcher({ registry: handlers, context: data.context, allowedOrigins: [appOrigin], logError: () => undefined });
  const specPath = path.join(data.documentsDir, 'E-tjänst.kravspec');
  await writeFile(specPath, serializeSpecification(smallTender()));
  const call = async (channel: Parameters<Dispatch>[1], input: unknown): Promise<unknown> => {
    const result = await dispatch(appFrame, channel, input);
    if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
    return result.value;
  };
  return { data, dispatch, specPath, call };
}
