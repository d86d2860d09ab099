/** Where the CLI prints, and the folder relative paths start from: injectable for in-process tests. */
export interface CliIo {
  out(line: string): void;
  err(line: string): void;
  cwd: string;
}

export const processIo = (): CliIo => ({
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  cwd: process.cwd(),
});
