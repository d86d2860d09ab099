import type { Protocol } from 'electron';
import { SECURITY_HEADERS } from '../services/content-security';
import { readStaticFile } from '../services/static-files';
import { APP_HOST, APP_SCHEME } from '../ipc/sender-check';

/** Must run before `app.whenReady()`: app:// behaves like https (standard, secure, fetch allowed). */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: false } },
  ]);
}

/**
 * Serves dist/renderer at app://kehoach/ with the strict CSP. Only our host is answered; the
 * renderer never gets file:// access.
 */
export function serveAppProtocol(protocol: Pick<Protocol, 'handle'>, rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    if (url.host !== APP_HOST) return new Response('Không tìm thấy', { status: 404, headers: { ...SECURITY_HEADERS } });
    const file = await readStaticFile(rendererDir, url.pathname);
    if (!file) return new Response('Không tìm thấy', { status: 404, headers: { ...SECURITY_HEADERS } });
    return new Response(file.body as Uint8Array<ArrayBuffer>, {
      status: 200,
      headers: { ...SECURITY_HEADERS, 'Content-Type': file.contentType },
    });
  });
}
