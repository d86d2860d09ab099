import JSZip from 'jszip';
import { DOMParser, type Document as XmlDocument } from '@xmldom/xmldom';
import { IMPORT_MESSAGES, ImportRefusal } from './messages';
import type { ImportLimits } from './limits';
import { InflateBudget, readZipDirectory } from './zip-directory';

/**
 * Opens a DOCX package safely: the central directory is checked before anything is inflated,
 * and each part is inflated as a stream whose bytes are counted against the same cap, so a
 * directory that lies about sizes is still stopped. Parts come back parsed by xmldom.
 */
export interface DocxParts {
  document: XmlDocument;
  styles?: XmlDocument;
  numbering?: XmlDocument;
}

export async function openDocxPackage(bytes: Uint8Array, limits: ImportLimits): Promise<DocxParts> {
  const entries = readZipDirectory(bytes, limits);
  if (entries.some((e) => e.encrypted)) throw new ImportRefusal(IMPORT_MESSAGES.corruptDocx);
  if (!entries.some((e) => e.name === '[Content_Types].xml')) throw new ImportRefusal(IMPORT_MESSAGES.notWordPackage);
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes); // reads headers only; nothing is inflated here
  } catch {
    throw new ImportRefusal(IMPORT_MESSAGES.corruptDocx);
  }
  const budget = new InflateBudget(limits.maxUncompressedBytes);
  const mainPath = await mainDocumentPath(zip, budget);
  const document = await readXml(zip, mainPath, budget);
  // An Excel or PowerPoint package has a main part too, but not a w:document.
  if (!document || document.documentElement?.localName !== 'document') throw new ImportRefusal(IMPORT_MESSAGES.notWordPackage);
  const folder = mainPath.slice(0, mainPath.lastIndexOf('/') + 1);
  return {
    document,
    styles: await readXml(zip, `${folder}styles.xml`, budget),
    numbering: await readXml(zip, `${folder}numbering.xml`, budget),
  };
}

/** The main part is named by the package relationships; almost always word/document.xml. */
async function mainDocumentPath(zip: JSZip, budget: InflateBudget): Promise<string> {
  const rels = await readXml(zip, '_rels/.rels', budget);
  const relationships = rels ? Array.from(rels.getElementsByTagName('Relationship')) : [];
  const main = relationships.find((r) => /\/officeDocument$/.test(r.getAttribute('Type') ?? ''));
  const target = main?.getAttribute('Target')?.replace(/^\//, '');
  return target && zip.file(target) ? target : 'word/document.xml';
}

async function readXml(zip: JSZip, path: string, budget: InflateBudget): Promise<XmlDocument | undefined> {
  const file = zip.file(path);
  if (!file) return undefined;
  const bytes = await inflate(file, budget);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ImportRefusal(IMPORT_MESSAGES.corruptDocx);
  }
  try {
    return new DOMParser({
      onError: (level) => {
        if (level !== 'warning') throw new Error('xml');
      },
    }).parseFromString(text, 'application/xml');
  } catch {
    throw new ImportRefusal(IMPORT_MESSAGES.corruptDocx);
  }
}

/** Inflates one part chunk by chunk, stopping as soon as the package's budget is spent. */
function inflate(file: JSZip.JSZipObject, budget: InflateBudget): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    let length = 0;
    // internalStream is JSZip's public streaming API (documented) though missing from its typings.
    const stream = (file as unknown as { internalStream(type: 'uint8array'): JSZip.JSZipStreamHelper<Uint8Array> }).internalStream('uint8array');
    stream
      .on('data', (chunk: Uint8Array) => {
        try {
          budget.take(chunk.length);
        } catch (refusal) {
          stream.pause();
          reject(refusal);
          return;
        }
        chunks.push(chunk);
        length += chunk.length;
      })
      .on('error', () => reject(new ImportRefusal(IMPORT_MESSAGES.corruptDocx)))
      .on('end', () => {
        const out = new Uint8Array(length);
        let at = 0;
        for (const c of chunks) {
          out.set(c, at);
          at += c.length;
        }
        resolve(out);
      })
      .resume();
  });
}
