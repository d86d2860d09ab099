import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.pdf': 'application/pdf',
  '.kehoach': 'application/json; charset=utf-8',
};

export function mimeType(file: string): string {
  return MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

export interface StaticFile {
  body: Uint8Array;
  contentType: string;
}

/**
 * Reads a renderer file for a URL path (`/assets/x.js`), refusing anything outside `root`.
 * `/` and unknown extension-less paths answer index.html (the renderer is a single page).
 * Returns null when there is nothing to serve.
 */
export async function readStaticFile(root: string, urlPath: string): Promise<StaticFile | null> {
  const decoded = safeDecodeURIComponent(urlPath.split('?')[0] ?? '/');
  if (decoded === null || decoded.includes('\0')) return null;
  const base = path.resolve(root);
  const candidate = path.resolve(base, `.${path.posix.normalize(`/${decoded}`)}`);
  if (candidate !== base && !candidate.startsWith(base + path.sep)) return null;

  const file = (await isFile(candidate))
    ? candidate
    : path.extname(candidate) === ''
      ? path.join(base, 'index.html')
      : null;
  if (!file || !(await isFile(file))) return null;
  return { body: new Uint8Array(await readFile(file)), contentType: mimeType(file) };
}

async function isFile(p: string): Promise<boolean> {
  try {
    return (await stat(p)).isFile();
  } catch {
    return false;
  }
}

/** decodeURIComponent without its English "URI malformed": null for a broken %-escape. */
export function safeDecodeURIComponent(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}
