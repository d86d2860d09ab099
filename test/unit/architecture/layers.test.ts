import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

describe('layering', () => {
  it('keeps core/ free of Node, DOM libraries, electron/ and renderer/ imports, and renderer/ out of electron/', () => {
    const run = spawnSync(process.execPath, ['scripts/lint-layers.mjs'], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });
});
