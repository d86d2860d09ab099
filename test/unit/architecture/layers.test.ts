import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain .mjs script without type declarations
import { checkFile, layerOf, lintLayers } from '../../../scripts/lint-layers.mjs';

const check = checkFile as (file: string, source: string) => string[];

describe('layering: the allowed-imports table (scripts/lint-layers.mjs)', () => {
  // Every source file is parsed by TypeScript: a few seconds on a slow machine.
  it('the whole repo keeps to it', () => {
    expect((lintLayers as () => string[])()).toEqual([]);
  }, 60_000);

  it('the most specific row decides', () => {
    expect(layerOf('renderer/editor/paste/html.ts')).toBe('renderer/editor');
    expect(layerOf('renderer/vite.config.ts')).toBe('renderer/vite.config.ts');
    expect(layerOf('renderer/newfolder/x.ts')).toBe('renderer');
    expect(layerOf('electron/services/import/docx-reader.ts')).toBe('electron/services');
  });

  it('refuses what was let through before: renderer code importing test fixtures, core importing Node', () => {
    expect(check('renderer/preview/harness/main.tsx', "import { anLaoPlan } from '../../../test/helpers/fixtures';")).toHaveLength(1);
    expect(check('core/text/x.ts', "import { readFileSync } from 'node:fs';")).toHaveLength(1);
    expect(check('core/text/x.ts', "import fs from 'fs';")).toHaveLength(1);
    expect(check('core/text/x.ts', "const m = await import('../../electron/services/errors');")).toHaveLength(1);
    expect(check('renderer/state/x.ts', "import { openDraft } from '../../electron/services/draft-service';")).toHaveLength(1);
    expect(check('renderer/state/x.ts', "import { PlanEditor } from '../editor/PlanEditor';")).toHaveLength(1);
    expect(check('electron/preload/preload.ts', "import { writeFile } from 'node:fs';")).toHaveLength(1);
    expect(check('test/unit/x.test.ts', "import { makeBenchPlan } from '../../bench/make-plan';")).toHaveLength(1);
  });

  it('lets through what the table allows, and type-only imports where only types are allowed', () => {
    expect(check('core/template/x.ts', "import type { HelperDelegate } from 'handlebars';")).toEqual([]);
    expect(check('core/template/x.ts', "import { type HelperDelegate } from 'handlebars';")).toEqual([]);
    expect(check('core/template/x.ts', "import Handlebars from 'handlebars';")).toHaveLength(1);
    expect(check('renderer/editor/x.ts', "import { Editor } from 'slate';\nimport { useSettledValue } from '../preview/useSettledValue';")).toEqual([]);
    expect(check('electron/cli/x.ts', "import { openDraft } from '../services/draft-service';\nimport path from 'node:path';")).toEqual([]);
  });

  it('reads imports with a parser: a string that looks like an import is not one', () => {
    expect(check('renderer/state/x.ts', "const hint = \"import x from 'Tổ chức thực hiện'\";")).toEqual([]);
  });
});
