import fc from 'fast-check';
import { DocxExportError, exportDocx } from '../../../core/docx/export-docx';
import type { Plan } from '../../../core/model/plan';
import { AnswersError, type LoadedTemplate, instantiateTemplate } from '../../../core/template/instantiate';
import { cleanText } from '../../../core/text/clean-text';
import { handlebarsCompiler } from '../../../electron/services/template-handlebars';
import { listTemplates, loadTemplate } from '../../../electron/services/template-service';
import { type FuzzAnswers, fuzzAnswers } from './fuzz-answers';
import { shortNameProblems } from './short-names';
import { parseDocxParts, wordText } from './strict-xml';
import { decoratePlan, fuzzDecorations, noteToken } from './fuzz-notes';

/**
 * One case of the export property, reproducible from its seed: random answers for one of the
 * shipped templates → the real Handlebars compiler → instantiateTemplate → exportDocx → every
 * XML part parsed strictly → the typed text is in the document → short names introduced once,
 * before any use. Shared by the bounded run in `npm test` and the 10,000-plan run in `npm run bench -- fuzz`.
 */

export interface CaseResult {
  seed: number;
  template: string;
  /** exported: a DOCX that passed every check; refused: the answers broke a rule and were refused in Vietnamese. */
  outcome: 'exported' | 'refused';
  /** The refusal, for refused answers. */
  message?: string;
  /** Size of the plan's answers as JSON, to relate time and size. */
  answersChars: number;
}

/** A broken promise: the export crashed, wrote a malformed part, lost text or broke the short-name rule. */
export class CaseFailure extends Error {
  constructor(
    readonly seed: number,
    readonly template: string,
    message: string,
  ) {
    super(`seed ${seed} (${template}): ${message}`);
    this.name = 'CaseFailure';
  }
}

const VIETNAMESE_LETTER = /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/i;
/** Words of zod's, JavaScript's and Handlebars' own English messages. */
const LIBRARY_ENGLISH = /\b(Invalid|Expected|expected|received|Required|Unrecognized|must|should|undefined|NaN|Too (small|big)|Cannot|is not|TypeError|Parse error)\b/;

interface Loaded {
  template: LoadedTemplate;
  arbitrary: fc.Arbitrary<FuzzAnswers>;
}

let loaded: Loaded[] | undefined;

/** The four shipped templates, read once from templates/ with the app's own loader. */
export function shippedTemplates(): Loaded[] {
  loaded ??= listTemplates().map((t) => {
    const template = loadTemplate(t.id);
    return { template, arbitrary: fuzzAnswers(template.manifest) };
  });
  return loaded;
}

/** The answers of case `seed` (for reproducing a failure by hand). */
export function caseAnswers(seed: number): { template: LoadedTemplate; fuzz: FuzzAnswers } {
  const all = shippedTemplates();
  const { template, arbitrary } = all[seed % all.length] as Loaded;
  const [fuzz] = fc.sample(arbitrary, { seed, numRuns: 1 });
  return { template, fuzz: fuzz as FuzzAnswers };
}

const squashAll = (s: string): string => s.replace(/\s+/g, '');

export async function runExportCase(seed: number): Promise<CaseResult> {
  const { template, fuzz } = caseAnswers(seed);
  const id = template.manifest.id;
  const fail = (message: string): CaseFailure => new CaseFailure(seed, id, message);
  const answersChars = JSON.stringify(fuzz.answers).length;

  let next = 0;
  let plan: Plan;
  try {
    plan = instantiateTemplate(template, fuzz.answers, handlebarsCompiler, { newId: () => `id-${(next += 1)}` });
  } catch (err) {
    if (!(err instanceof AnswersError)) throw fail(`instantiateTemplate threw ${String(err)}`);
    // A refusal is right only when it tells the clerk, in Vietnamese, what is wrong.
    if (!VIETNAMESE_LETTER.test(err.message) || LIBRARY_ENGLISH.test(err.message)) throw fail(`refusal not in plain Vietnamese: ${err.message}`);
    return { seed, template: id, outcome: 'refused', message: err.message, answersChars };
  }

  // What the clerk adds by hand: footnotes, aligned paragraphs, sections on a new page.
  const [decorations] = fc.sample(fuzzDecorations, { seed, numRuns: 1 });
  const decorated = decoratePlan(plan, decorations!);
  plan = decorated.plan;

  let bytes: Uint8Array;
  try {
    bytes = await exportDocx(plan);
  } catch (err) {
    // The clerk's sentence is tested elsewhere; here the library's own error says what broke.
    throw fail(`exportDocx threw ${String(err instanceof DocxExportError ? err.cause : err)}`);
  }
  let parts: Map<string, Document>;
  try {
    parts = await parseDocxParts(bytes);
  } catch (err) {
    throw fail(`malformed DOCX: ${(err as Error).message}`);
  }

  const document = parts.get('word/document.xml') as Document;
  // NFC holds for each run: two runs with different formatting ("**bold**" marks) may meet where
  // stacked combining marks would have to be reordered across the boundary, which no one can do.
  const runs = document.getElementsByTagName('w:t');
  for (let i = 0; i < runs.length; i += 1) {
    const run = runs[i]?.textContent ?? '';
    if (run.normalize('NFC') !== run) throw fail(`a run is not NFC: ${JSON.stringify(run.slice(0, 60))}`);
  }
  const text = wordText(document);
  const flat = squashAll(text);
  for (const [field, mark] of Object.entries(fuzz.expect)) {
    if (!flat.includes(mark)) throw fail(`the ${field} typed in the answers (${mark}) is missing from document.xml`);
  }
  // Every footnote is a Word footnote, referenced once from the text, in order, with its text.
  const refs = document.getElementsByTagName('w:footnoteReference');
  if (refs.length !== decorated.notes.length) throw fail(`${decorated.notes.length} footnotes typed, ${refs.length} footnote references in document.xml`);
  for (let i = 0; i < refs.length; i += 1) {
    if (refs[i]?.getAttribute('w:id') !== String(i + 1)) throw fail(`footnote reference ${i + 1} has id ${refs[i]?.getAttribute('w:id')}`);
  }
  if (decorated.notes.length > 0) {
    const notesPart = parts.get('word/footnotes.xml');
    if (!notesPart) throw fail('footnotes typed but word/footnotes.xml missing');
    const notesText = squashAll(wordText(notesPart));
    decorated.notes.forEach((_, i) => {
      if (!notesText.includes(noteToken(i))) throw fail(`footnote ${i + 1}'s text is missing from word/footnotes.xml`);
    });
  }
  const problems = shortNameProblems(text, fuzz.shortNames.map(cleanText));
  if (problems.length > 0) throw fail(`short names: ${problems.join('; ')}`);
  return { seed, template: id, outcome: 'exported', answersChars };
}
