import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { type MockInstance, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DocxExportError, exportDocx } from '../../../core/docx/export-docx';
import { explainError } from '../../../electron/services/errors';
import { anLaoPlan } from '../../helpers/fixtures';
import { browserApi } from './api-fixture';
import { useTempDirs } from './temp-dir';

const tempDir = useTempDirs();

/** What a bug deep in a library throws: English, with identifiers. */
const LIBRARY_MESSAGE = "Cannot read properties of undefined (reading 'runs')";

/** One Vietnamese sentence for the clerk: a capital, "hãy" for what to do, one final full stop, no library English. */
function expectClerkSentence(message: string): void {
  expect(message).toMatch(/^[A-ZĐ]/u);
  expect(message).toMatch(/hãy /);
  expect(message.endsWith('.')).toBe(true);
  expect(message.replace(/\.kehoach|\.docx/g, '').slice(0, -1)).not.toContain('.');
  expect(message).not.toContain(LIBRARY_MESSAGE);
  expect(message).not.toMatch(/\b(Cannot|undefined|TypeError|Error|reading|properties)\b/);
}

describe('when the export fails anyway', () => {
  let log: MockInstance<typeof console.error>;
  beforeEach(() => {
    log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => log.mockRestore());

  it('the clerk reads one Vietnamese sentence, the old DOCX is untouched, and the cause goes to the log', async () => {
    const dataDir = tempDir();
    const target = path.join(dataDir, 'ke-hoach.docx');
    writeFileSync(target, 'bản xuất hôm qua');
    const { api } = await browserApi(dataDir, {
      docx: async () => {
        throw new TypeError(LIBRARY_MESSAGE);
      },
      pdf: async () => new Uint8Array(),
    });
    const result = await api.exporting.docx('ke-hoach.docx', anLaoPlan());
    if (result.ok) throw new Error('expected the export to fail');
    expectClerkSentence(result.error);
    expect(result.error).toMatch(/DOCX/);
    expect(readFileSync(target, 'utf8')).toBe('bản xuất hôm qua');
    expect(String(log.mock.calls.flat().map(String))).toContain(LIBRARY_MESSAGE);
  });

  it('a PDF export whose DOCX step fails says the same, and writes no PDF', async () => {
    const dataDir = tempDir();
    const { api } = await browserApi(dataDir, {
      docx: async () => {
        throw new RangeError('Invalid array length');
      },
      pdf: async () => new Uint8Array([1]),
    });
    const result = await api.exporting.pdf('ke-hoach.pdf', anLaoPlan());
    if (result.ok) throw new Error('expected the export to fail');
    expectClerkSentence(result.error);
    expect(existsSync(path.join(dataDir, 'ke-hoach.pdf'))).toBe(false);
  });

  it('the real exporter, broken from inside (a layout bug), still gives the sentence', async () => {
    const dataDir = tempDir();
    const { api } = await browserApi(dataDir, {
      // The real pipeline on a plan that a bug has corrupted after validation.
      docx: (plan) => exportDocx({ ...plan, sections: [null as never] }),
      pdf: async () => new Uint8Array(),
    });
    const result = await api.exporting.docx('ke-hoach.docx', anLaoPlan());
    if (result.ok) throw new Error('expected the export to fail');
    expectClerkSentence(result.error);
    expect(existsSync(path.join(dataDir, 'ke-hoach.docx'))).toBe(false);
  });

  it('exportDocx itself rejects with that sentence and keeps the library error as the cause', async () => {
    const broken = { ...anLaoPlan(), sections: [null as never] };
    const error = await exportDocx(broken).then(
      () => undefined,
      (err: unknown) => err,
    );
    expect(error).toBeInstanceOf(DocxExportError);
    expectClerkSentence((error as DocxExportError).message);
    expect((error as DocxExportError).cause).toBeInstanceOf(TypeError);
  });

  it('any unexpected error at the API boundary says where it happened, without the library text', () => {
    const message = explainError(new Error(LIBRARY_MESSAGE), 'lưu bản thảo');
    expect(message).toMatch(/^Không thể lưu bản thảo do lỗi không mong đợi/);
    expectClerkSentence(message);
  });
});
