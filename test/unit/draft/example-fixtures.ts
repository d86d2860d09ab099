import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

/** The example drafts shipped in docs/examples, read as the app would read them. */
const EXAMPLES_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'docs', 'examples');

export const EXAMPLE_NAMES = ['an-lao', 'dong-da', 'thanh-xuan'] as const;
export type ExampleName = (typeof EXAMPLE_NAMES)[number];

export function readExampleDraft(name: ExampleName): string {
  return readFileSync(join(EXAMPLES_DIR, `${name}.kehoach`), 'utf8');
}

/** Collapses the line breaks and runs of spaces left by PDF text extraction. */
export const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();
