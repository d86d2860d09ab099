#!/usr/bin/env node
// `npx kehoach` / `kehoach` after npm install: the CLI is bundled to dist/cli by `npm run prepare`.
require('../dist/cli/kehoach.cjs');
