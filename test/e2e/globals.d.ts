import type { KravstudioApi } from '../../shared/api';

declare global {
  interface Window {
    readonly kravstudio: KravstudioApi;
  }
}
