import fs from 'node:fs';

/** What a CLI command may touch; tests pass their own to capture output. */
export interface CliIO {
  out(text: string): void;
  err(text: string): void;
  readFile(path: string): string;
}

export const nodeIO: CliIO = {
  out: text => process.stdout.write(text),
  err: text => process.stderr.write(text),
  readFile: path => stripBom(fs.readFileSync(path, 'utf8')),
};

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export function usageError(io: CliIO, message: string, usage: string): number {
  io.err(`factcheck: ${message}\n${usage}`);
  return 2;
}
