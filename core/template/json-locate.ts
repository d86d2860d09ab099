/**
 * Line and column of things in a JSON text, so an error in manifest.json or answers.json can
 * say where to look. A tiny scanner, not a parser: it assumes the text already parsed.
 */

export interface TextPosition {
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
}

export function positionAt(text: string, offset: number): TextPosition {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lines = before.split('\n');
  return { line: lines.length, column: (lines[lines.length - 1]?.length ?? 0) + 1 };
}

/** Where JSON.parse failed, read from its message (Node 20 gives "position N", Node 22 also "line L column C"). */
export function jsonSyntaxErrorPosition(text: string, err: unknown): TextPosition | undefined {
  const message = err instanceof Error ? err.message : String(err);
  const lineCol = /line (\d+) column (\d+)/.exec(message);
  if (lineCol) return { line: Number(lineCol[1]), column: Number(lineCol[2]) };
  const pos = /position (\d+)/.exec(message);
  if (pos) return positionAt(text, Number(pos[1]));
  if (/Unexpected end of JSON input/.test(message)) return positionAt(text, text.length);
  return undefined;
}

/**
 * Position of the value at `path` (keys and array indexes). When the path goes deeper than the
 * text (a missing key), the position of the deepest existing ancestor is returned.
 */
export function locateJsonPath(text: string, path: ReadonlyArray<PropertyKey>): TextPosition | undefined {
  let i = 0;
  const skipWs = (): void => {
    while (i < text.length && /\s/.test(text[i] as string)) i += 1;
  };
  const readString = (): string => {
    // text[i] === '"'
    let j = i + 1;
    let raw = '';
    while (j < text.length && text[j] !== '"') {
      if (text[j] === '\\') {
        raw += text.slice(j, j + 2);
        j += 2;
      } else {
        raw += text[j];
        j += 1;
      }
    }
    i = j + 1;
    try {
      return JSON.parse(`"${raw}"`) as string;
    } catch {
      return raw;
    }
  };
  const skipValue = (): void => {
    skipWs();
    const ch = text[i];
    if (ch === '"') {
      readString();
    } else if (ch === '{' || ch === '[') {
      let depth = 0;
      while (i < text.length) {
        const c = text[i];
        if (c === '"') {
          readString();
          continue;
        }
        if (c === '{' || c === '[') depth += 1;
        if (c === '}' || c === ']') depth -= 1;
        i += 1;
        if (depth === 0) break;
      }
    } else {
      while (i < text.length && !/[,\]}\s]/.test(text[i] as string)) i += 1;
    }
  };

  skipWs();
  let found = i;
  for (const key of path) {
    skipWs();
    const ch = text[i];
    let located = false;
    if (ch === '{' && typeof key === 'string') {
      i += 1;
      for (;;) {
        skipWs();
        if (text[i] !== '"') break;
        const name = readString();
        skipWs();
        i += 1; // ':'
        skipWs();
        if (name === key) {
          located = true;
          break;
        }
        skipValue();
        skipWs();
        if (text[i] === ',') i += 1;
        else break;
      }
    } else if (ch === '[' && typeof key === 'number') {
      i += 1;
      for (let index = 0; ; index += 1) {
        skipWs();
        if (text[i] === ']' || i >= text.length) break;
        if (index === key) {
          located = true;
          break;
        }
        skipValue();
        skipWs();
        if (text[i] === ',') i += 1;
        else break;
      }
    }
    if (!located) break;
    skipWs();
    found = i;
  }
  return i <= text.length ? positionAt(text, found) : undefined;
}
