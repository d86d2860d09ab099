import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDraft } from '../../../core/draft';
import { REF_FIELDS, firstBase, parentOf } from '../../../core/model';

const DOC = readFileSync(join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'docs', 'draft-format.md'), 'utf8');

describe('docs/draft-format.md', () => {
  it('contains a complete example that loads as a current draft', () => {
    const example = /```json\n([\s\S]*?)\n```/.exec(DOC)?.[1];
    expect(example).toBeDefined();
    const result = parseDraft(example!);
    if (!result.ok) throw new Error(result.error);
    expect(result.migratedFrom).toBeUndefined();
    expect(parentOf(result.plan, firstBase(result.plan)!)?.symbol).toBe('NQ/TW');
  });

  it('documents every live reference field', () => {
    for (const field of REF_FIELDS) expect(DOC).toContain(`\`${field}\``);
  });
});
