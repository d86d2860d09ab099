/**
 * The .kehoach file Windows passes when the clerk double-clicks a draft (first start or a second
 * instance). Flags (`--foo`, `-x`) and Electron's own arguments are skipped.
 */
export function findDraftPathInArgv(argv: readonly string[]): string | null {
  for (const arg of argv.slice(1)) {
    if (arg.startsWith('-')) continue;
    if (/\.kehoach$/i.test(arg.trim())) return arg.trim();
  }
  return null;
}
