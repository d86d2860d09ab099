import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startWebServer, type RunningWebServer } from '../../../electron/web/create-web-server';
import { anLaoPlan } from '../../helpers/fixtures';
import { browserApi } from './api-fixture';
import { useTempDirs } from './temp-dir';

const tempDir = useTempDirs();
let running: RunningWebServer | null = null;
afterEach(async () => {
  await running?.close();
  running = null;
});

async function start(): Promise<{ url: string; dataDir: string }> {
  const dataDir = tempDir();
  const rendererDir = tempDir();
  writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Soạn thảo Kế hoạch</title>');
  mkdirSync(path.join(rendererDir, 'assets'));
  writeFileSync(path.join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(path.join(dataDir, 'outside-secret.txt'), 'x');
  const { api } = await browserApi(dataDir);
  running = await startWebServer({ api, rendererDir, dataDir, port: 0, secret: KEY });
  // The printed address carries the key after '#'; requests go to the origin and carry it themselves.
  expect(running.url).toBe(`http://127.0.0.1:${running.port}/#k=${KEY}`);
  return { url: `http://127.0.0.1:${running.port}/`, dataDir };
}

const KEY = 'khoa-cua-lan-chay-nay_0123456789';

/** The renderer's http-client call: POST {args} as JSON. */
async function call(url: string, route: string, args: unknown[], headers: Record<string, string> = {}) {
  const res = await fetch(`${url}api/${route}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Kehoach-Key': KEY, ...headers },
    body: JSON.stringify({ args }),
  });
  return { status: res.status, body: (await res.json()) as { ok: boolean; value?: any; error?: string } };
}

/** Raw request with a chosen Host header (fetch does not allow setting it). */
function getWithHost(url: string, pathName: string, host: string): Promise<number> {
  const { port } = new URL(url);
  return new Promise((resolve, reject) => {
    http.get({ host: '127.0.0.1', port, path: pathName, headers: { host } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    }).on('error', reject);
  });
}

describe('browser-mode server', () => {
  it('listens on 127.0.0.1 on a free port and serves index.html at / with the strict CSP', async () => {
    const { url } = await start();
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const res = await fetch(url);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('Soạn thảo Kế hoạch');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).not.toContain('unsafe-eval');
    expect((await fetch(`${url}assets/app.js`)).headers.get('content-type')).toMatch(/javascript/);
    // An encoded escape stays inside the renderer folder (answered by the single page, not the file).
    const escape = await fetch(`${url}assets/%2e%2e/%2e%2e/%2e%2e/etc/passwd`);
    expect(await escape.text()).not.toContain('root:');
  });

  it('answers API calls with Result JSON: mode, settings, save then open a draft', async () => {
    const { url, dataDir } = await start();
    expect((await call(url, 'app/mode', [])).body).toEqual({ ok: true, value: 'browser' });
    expect((await call(url, 'settings/get', [])).body.value.schemaVersion).toBe(3);
    const plan = anLaoPlan();
    const saved = await call(url, 'drafts/save', ['an-lao.kehoach', plan]);
    expect(saved.body).toEqual({ ok: true, value: { path: path.join(dataDir, 'an-lao.kehoach') } });
    expect(JSON.parse(readFileSync(path.join(dataDir, 'an-lao.kehoach'), 'utf8')).plan.id).toBe(plan.id);
    const opened = await call(url, 'drafts/open', ['an-lao.kehoach']);
    expect(opened.body.value.plan).toEqual(plan);
  });

  it('refuses a path escaping the data folder with a Vietnamese Result error', async () => {
    const { url } = await start();
    const res = await call(url, 'drafts/open', ['../../etc/passwd']);
    expect(res.body.ok).toBe(false);
    expect(res.body.error).toMatch(/nằm ngoài thư mục dữ liệu/);
  });

  it('answers unknown methods and malformed bodies with a Result error, not a crash', async () => {
    const { url } = await start();
    expect((await call(url, 'drafts/deleteEverything', [])).body).toMatchObject({ ok: false, error: expect.stringMatching(/không có chức năng/) });
    expect((await call(url, 'constructor/constructor', [])).body.ok).toBe(false);
    const bad = await fetch(`${url}api/app/mode`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Kehoach-Key': KEY }, body: '{not json' });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: string }).error).toMatch(/JSON/);
  });

  it('refuses calls from other web sites and from foreign host names (DNS rebinding)', async () => {
    const { url } = await start();
    const crossSite = await call(url, 'settings/get', [], { Origin: 'https://evil.example' });
    expect(crossSite.status).toBe(403);
    expect(crossSite.body.ok).toBe(false);
    const form = await fetch(`${url}api/settings/get`, { method: 'POST', headers: { 'Content-Type': 'text/plain', 'X-Kehoach-Key': KEY }, body: '{"args":[]}' });
    expect(form.status).toBe(415);
    expect(await getWithHost(url, '/', 'evil.example')).toBe(421);
  });

  it('lets the browser download an exported file from the data folder, and nothing outside it', async () => {
    const { url } = await start();
    const exported = await call(url, 'exporting/docx', ['xuat/an-lao.docx', anLaoPlan()]);
    expect(exported.body.ok).toBe(true);
    const download = await fetch(`${url}files/xuat/an-lao.docx?k=${KEY}`);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-disposition')).toMatch(/attachment/);
    expect(Buffer.from(await download.arrayBuffer()).subarray(0, 2).toString()).toBe('PK');
    expect((await fetch(`${url}files/..%2F..%2Fetc%2Fpasswd?k=${KEY}`)).status).toBe(403);
  });

  it("refuses an API call or a download with the right Host and Origin but without this run's key", async () => {
    const { url } = await start();
    const origin = url.replace(/\/$/, '');
    for (const key of [undefined, '', 'khoa-sai', `${KEY}x`, KEY.slice(0, -1)]) {
      const headers: Record<string, string> = { 'Content-Type': 'application/json', Origin: origin };
      if (key !== undefined) headers['X-Kehoach-Key'] = key;
      const res = await fetch(`${url}api/settings/get`, { method: 'POST', headers, body: '{"args":[]}' });
      expect(res.status).toBe(403);
      const body = (await res.json()) as { ok: boolean; error: string };
      expect(body.ok).toBe(false);
      expect(body.error).toMatch(/mã truy cập/);
    }
    expect((await call(url, 'exporting/docx', ['an-lao.docx', anLaoPlan()])).body.ok).toBe(true);
    expect((await fetch(`${url}files/an-lao.docx`)).status).toBe(403);
    expect((await fetch(`${url}files/an-lao.docx?k=khoa-sai`)).status).toBe(403);
    expect((await fetch(`${url}files/an-lao.docx?k=${KEY}`)).status).toBe(200);
    // The page itself and its scripts need no key: they hold nothing of the clerk's.
    expect((await fetch(url)).status).toBe(200);
  });
});
