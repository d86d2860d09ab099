import type { KehoachApi } from '../../core/ipc/api';
import { createHttpApi } from './http-client';

declare global {
  interface Window {
    /** Exposed by the Electron preload; absent in browser mode. */
    kehoach?: KehoachApi;
  }
}

let cached: KehoachApi | null = null;

/** `window.kehoach` in Electron, else the HTTP client of browser mode. */
export function getApi(): KehoachApi {
  if (cached) return cached;
  cached = typeof window !== 'undefined' && window.kehoach ? window.kehoach : createHttpApi();
  return cached;
}
