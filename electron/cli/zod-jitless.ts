import * as z from 'zod/mini';

/**
 * Imported first by every CLI bundle's entry, before any module builds a schema: zod decides when
 * a schema is built whether it will compile a fast path (with `new Function`) on its first parse,
 * which pays off from the second. A CLI run parses its draft once, so it would only add that
 * compilation to a cold start.
 */
z.config({ jitless: true });
