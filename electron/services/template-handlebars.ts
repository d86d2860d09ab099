import Handlebars from 'handlebars';
import type { CreateCompiler } from '../../core/template/instantiate';
import { KNOWN_HELPERS } from '../../core/template/helpers';

/**
 * The Handlebars side of the template engine (kept out of core/ by the layering rules).
 * noEscape: bodies are plain text, not HTML. strict: a name the manifest does not declare is an
 * error, not an empty string. knownHelpersOnly: a misspelt helper is an error at compile time.
 */
export const COMPILE_OPTIONS = {
  noEscape: true,
  strict: true,
  knownHelpersOnly: true,
  knownHelpers: Object.fromEntries(KNOWN_HELPERS.map((name) => [name, true])),
} as const;

/** One isolated Handlebars environment per instantiation, with that plan's helpers. */
export const handlebarsCompiler: CreateCompiler = (helpers) => {
  const hb = Handlebars.create();
  hb.registerHelper(helpers as unknown as Handlebars.HelperDeclareSpec);
  return (source) => {
    const template = hb.compile(source, COMPILE_OPTIONS);
    return (context, data) => template(context, { data });
  };
};

/** Handlebars compiles lazily; precompile runs parser and compiler now so errors surface at load. */
export function precompileStrict(source: string): void {
  Handlebars.precompile(source, COMPILE_OPTIONS);
}
