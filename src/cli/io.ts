import fs from 'node:fs';

/** What a CLI command may touch; tests pass their own to capture output. */
export interface CliIO {
  out(text: string): void;
  err(text: string): void;
  readFile(path: string): string;
  /** The file's modification day (YYYY-MM-DD, local time), the reference date of an article that states none. */
  modifiedDate?(path: string): string | undefined;
}

export const nodeIO: CliIO = {
  out: text => process.stdout.write(text),
  err: text => process.stderr.write(text),
  readFile: path => stripBom(fs.readFileSync(path, 'utf8')),
  modifiedDate: path => {
    try {
      return localDay(fs.statSync(path).mtime);
    } catch {
      return undefined;
    }
  },
};

function localDay(time: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${time.getFullYear()}-${pad(time.getMonth() + 1)}-${pad(time.getDate())}`;
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export function usageError(io: CliIO, message: string, usage: string): number {
  io.err(`factcheck: ${message}\n${usage}`);
  return 2;
}

const READ_ERRORS: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'it is a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOTDIR: 'a part of the path is not a directory',
  EMFILE: 'too many open files',
  ERR_STRING_TOO_LONG: 'the file is too large',
};

/** A reader-friendly reason for a failed read ("no such file"), with the system code for searching. */
export function describeReadError(err: unknown): string {
  const code = (err as { code?: unknown })?.code;
  if (typeof code === 'string') return READ_ERRORS[code] ? `${READ_ERRORS[code]} (${code})` : code;
  return err instanceof Error ? err.message : String(err);
}
