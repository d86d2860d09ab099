import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportDocx } from '../../../core/docx/export-docx';
import { IMPORT_MESSAGES, importDocument } from '../../../electron/services/import';
import { loadExample } from '../../helpers/example-files';
import { imageOnlyPdf } from '../../helpers/pdf-by-hand';

/**
 * Damaged files of every kind: a real DOCX and a PDF with bytes overwritten or cut off at random,
 * and random bytes. The import never throws and never lets a library's words through: it gives
 * text, or one of its own sentences.
 */
const KNOWN = new Set<string>();
for (const message of Object.values(IMPORT_MESSAGES) as unknown[]) if (typeof message === 'string') KNOWN.add(message);
KNOWN.add(IMPORT_MESSAGES.tooLarge(50 * 1024 * 1024));

let docx: Uint8Array = new Uint8Array();
const pdf = imageOnlyPdf(1, 'Ke hoach so 45-KH/HU ve tang cuong cong tac giao duc chinh tri tu tuong');

beforeAll(async () => {
  docx = await exportDocx(loadExample('an-lao'));
});

const damage = (bytes: Uint8Array) =>
  fc.record({
    cut: fc.option(fc.integer({ min: 1, max: bytes.length - 1 }), { nil: undefined }),
    writes: fc.array(fc.tuple(fc.integer({ min: 0, max: bytes.length - 1 }), fc.integer({ min: 0, max: 255 })), { maxLength: 12 }),
  });

function apply(bytes: Uint8Array, { cut, writes }: { cut?: number; writes: Array<[number, number]> }): Uint8Array {
  const out = bytes.slice(0, cut ?? bytes.length);
  for (const [at, value] of writes) if (at < out.length) out[at] = value;
  return out;
}

async function expectTextOrOwnSentence(bytes: Uint8Array, name: string): Promise<void> {
  const outcome = await importDocument(bytes, name);
  if (!outcome.ok) expect(KNOWN.has(outcome.error), outcome.error).toBe(true);
  else for (const p of outcome.text.paragraphs) expect(p.text).toBe(p.text.normalize('NFC'));
}

describe('damaged files', () => {
  it('a DOCX damaged at random', async () => {
    await fc.assert(fc.asyncProperty(damage(docx), async (d) => expectTextOrOwnSentence(apply(docx, d), 'hong.docx')), { numRuns: 150 });
  });

  it('a PDF damaged at random', async () => {
    await fc.assert(fc.asyncProperty(damage(pdf), async (d) => expectTextOrOwnSentence(apply(pdf, d), 'hong.pdf')), { numRuns: 150 });
  });

  it('random bytes', async () => {
    await fc.assert(fc.asyncProperty(fc.uint8Array({ minLength: 1, maxLength: 3000 }), async (b) => expectTextOrOwnSentence(b, 'la.bin')), { numRuns: 200 });
  });
});
