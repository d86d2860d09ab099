/**
 * Anything wrong in a template pack (manifest, Handlebars body, missing file). Carries where the
 * problem is so the maintainer can open the file at the right line; `messageVi` is what the
 * clerk or maintainer reads.
 */
export class TemplateError extends Error {
  readonly file: string;
  /** 1-based line, when known. */
  readonly line: number | undefined;
  /** 1-based column, when known. */
  readonly column: number | undefined;
  readonly messageVi: string;

  constructor(file: string, messageVi: string, line?: number, column?: number) {
    super(`${formatLocation(file, line, column)}: ${messageVi}`);
    this.name = 'TemplateError';
    this.file = file;
    this.line = line;
    this.column = column;
    this.messageVi = messageVi;
  }
}

export function formatLocation(file: string, line?: number, column?: number): string {
  if (line === undefined) return file;
  return column === undefined ? `${file}:${line}` : `${file}:${line}:${column}`;
}

export const isTemplateError = (err: unknown): err is TemplateError => err instanceof TemplateError;
