import type { KravstudioBridge } from '../../shared/api';

declare global {
  interface Window {
    readonly kravstudio: KravstudioBridge;
  }
}
