/**
 * Browser mode: this run's access key, which the local server requires on every API call and
 * data-file download (electron/web/create-web-server.ts). The server prints the address with the
 * key after `#` (`http://127.0.0.1:<port>/#k=…`): the browser never sends a fragment anywhere, so
 * the key is read here once, kept for the tab (sessionStorage: it survives F5, dies with the tab,
 * and the next run has a new key anyway), and taken out of the address bar so it is not
 * bookmarked or shown over the clerk's shoulder.
 */
const STORAGE_KEY = 'kehoach.accessKey';
let cached: string | null = null;

export function accessKey(): string {
  if (cached !== null) return cached;
  if (typeof window === 'undefined') return '';
  const fromAddress = /(?:^#|&)k=([^&]+)/.exec(window.location.hash)?.[1];
  if (fromAddress) {
    cached = decodeURIComponentSafe(fromAddress);
    try {
      window.sessionStorage.setItem(STORAGE_KEY, cached);
    } catch {
      // Storage refused (private mode): the key stays in memory for this page.
    }
    window.history.replaceState(null, '', window.location.pathname + window.location.search);
    return cached;
  }
  try {
    cached = window.sessionStorage.getItem(STORAGE_KEY) ?? '';
  } catch {
    cached = '';
  }
  return cached;
}

/** A `/files/…` address with the key, for a download link. */
export function withAccessKey(url: string | null): string | null {
  if (url === null) return null;
  return `${url}${url.includes('?') ? '&' : '?'}k=${encodeURIComponent(accessKey())}`;
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
