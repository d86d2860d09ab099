import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { parseDraft } from '../../../core/draft';

/** The example drafts shipped in docs/examples, read as the app would read them. */
const EXAMPLES_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'docs', 'examples');

export const EXAMPLE_NAMES = ['an-lao', 'dong-da', 'thanh-xuan'] as const;
export type ExampleName = (typeof EXAMPLE_NAMES)[number];

export function readExampleDraft(name: ExampleName): string {
  return readFileSync(join(EXAMPLES_DIR, `${name}.kehoach`), 'utf8');
}

/** Collapses the line breaks and runs of spaces left by PDF text extraction. */
export const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** The error of a draft that must not load; fails the test if it loads. */
export function errorOf(text: string): string {
  const result = parseDraft(text);
  if (result.ok) throw new Error('expected the draft to be rejected');
  return result.error;
}

/** The An Lão example with one change made to its JSON. */
export function editedExample(edit: (draft: any) => void): string {
  const draft = JSON.parse(readExampleDraft('an-lao'));
  edit(draft);
  return JSON.stringify(draft);
}
