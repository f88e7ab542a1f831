/** The one way the renderer talks to the main process: the typed API over `window.kravstudio`. */
import { createKravstudioApi, type KravstudioApi, type KravstudioBridge } from '../../shared/api';

declare global {
  interface Window {
    readonly kravstudio: KravstudioBridge;
  }
}

export const api: KravstudioApi = createKravstudioApi(window.kravstudio);
