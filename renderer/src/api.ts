/** The one way the renderer talks to the main process. */
import type { KravstudioApi } from '../../shared/api';

declare global {
  interface Window {
    readonly kravstudio: KravstudioApi;
  }
}

export const api: KravstudioApi = window.kravstudio;
