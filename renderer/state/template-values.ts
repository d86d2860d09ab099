/**
 * The small part of Handlebars a manifest's `wording` values use, evaluated with the new-plan
 * form's fields so the form previews what instantiation will print: plain text, `{{field}}`, and
 * `{{#if field}}…{{else}}…{{/if}}` / `{{#unless field}}…{{/unless}}` (nested too). Anything else
 * (helpers, paths, `this`, triple braces) answers undefined: the caller then falls back to the
 * regime default rather than guessing.
 */

type Node = { kind: 'text'; text: string } | { kind: 'field'; name: string } | { kind: 'block'; test: 'if' | 'unless'; name: string; then: Node[]; otherwise: Node[] };

const NAME = /^[A-Za-z][A-Za-z0-9_]*$/;

/** Parses the supported subset; null when the source uses anything beyond it. */
function parse(source: string): Node[] | null {
  const tokens = source.split(/(\{\{[^}]*\}\})/).filter((t) => t !== '');
  const root: Node[] = [];
  const stack: Array<{ block: Extract<Node, { kind: 'block' }>; inElse: boolean }> = [];
  const current = (): Node[] => {
    const top = stack[stack.length - 1];
    return top ? (top.inElse ? top.block.otherwise : top.block.then) : root;
  };
  for (const token of tokens) {
    if (!token.startsWith('{{')) {
      if (token.includes('{{') || token.includes('}}')) return null;
      current().push({ kind: 'text', text: token });
      continue;
    }
    const inner = token.slice(2, -2).trim();
    const open = /^#(if|unless)\s+(\S+)$/.exec(inner);
    if (open) {
      if (!NAME.test(open[2]!)) return null;
      const block: Extract<Node, { kind: 'block' }> = { kind: 'block', test: open[1] as 'if' | 'unless', name: open[2]!, then: [], otherwise: [] };
      current().push(block);
      stack.push({ block, inElse: false });
    } else if (inner === 'else') {
      const top = stack[stack.length - 1];
      if (!top || top.inElse) return null;
      top.inElse = true;
    } else if (/^\/(if|unless)$/.test(inner)) {
      const top = stack.pop();
      if (!top || `/${top.block.test}` !== inner) return null;
    } else if (NAME.test(inner)) {
      current().push({ kind: 'field', name: inner });
    } else {
      return null;
    }
  }
  return stack.length === 0 ? root : null;
}

/** Handlebars' truthiness: empty strings, empty lists, 0, false, null and undefined are false. */
const truthy = (value: unknown): boolean => (Array.isArray(value) ? value.length > 0 : Boolean(value));

/**
 * The value rendered with `fields` (each already with its manifest default when left empty), as
 * instantiation leaves it: whitespace collapsed and trimmed. Undefined when the source is beyond
 * the subset or a substituted field is not plain text, a number or a yes/no.
 */
export function evaluateTemplateValue(source: string, fields: Record<string, unknown>): string | undefined {
  const nodes = parse(source);
  if (!nodes) return undefined;
  let failed = false;
  const render = (list: Node[]): string =>
    list
      .map((node) => {
        if (node.kind === 'text') return node.text;
        if (node.kind === 'field') {
          const value = fields[node.name];
          if (value === undefined || value === null) return '';
          if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value);
          failed = true;
          return '';
        }
        const pass = truthy(fields[node.name]) === (node.test === 'if');
        return render(pass ? node.then : node.otherwise);
      })
      .join('');
  const out = render(nodes).replace(/\s+/g, ' ').trim();
  return failed ? undefined : out;
}
