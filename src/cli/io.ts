import fs from 'node:fs';
import type { Detection } from '../core/detect/detection';
import type { CodeCacheSettings } from '../node/codeCache';
import { detectionIn } from '../node/detectionScript';
import { fileModifiedDay } from '../node/fileDate';

/** What a CLI command may touch; tests pass their own to capture output. */
export interface CliIO {
  out(text: string): void;
  err(text: string): void;
  /** An article's text (UTF-8, byte-order mark removed). */
  readFile(path: string): string;
  /** A file's bytes, for sidecars, whose encoding is checked strictly. */
  readBytes(path: string): Uint8Array;
  /** The file's modification day (YYYY-MM-DD, local time), the reference date of an article that states none. */
  modifiedDate?(path: string): string | undefined;
  /** Detection, loaded by the first command that detects (a scan of empty files, `status` and `check` never do). */
  detection(): Detection;
}

/** Larger files are refused: a CI gate must never read a device or a runaway file into memory. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

/** The program's own: the console, the file system, and the detection script beside the bundle (this file is bundled
 *  into dist/factcheck.js), compiled from V8's code cache when the launcher keeps one (src/cli/launch.ts). */
export function nodeIO(codeCache?: CodeCacheSettings): CliIO {
  let detection: Detection | undefined;
  return {
    out: text => void process.stdout.write(terminalSafe(text)),
    err: text => void process.stderr.write(terminalSafe(text)),
    readFile: path => stripBom(Buffer.from(readRegularFile(path)).toString('utf8')),
    readBytes: path => readRegularFile(path),
    modifiedDate: fileModifiedDay,
    detection: () => (detection ??= detectionIn(__dirname, codeCache)),
  };
}

/**
 * A regular file's bytes, read only after it is open and known to be a regular file no larger than MAX_FILE_BYTES:
 * a FIFO would block, a device (a symlink to /dev/zero) never ends. Opened non-blocking so a FIFO cannot hang the open.
 */
export function readRegularFile(path: string): Uint8Array {
  const fd = fs.openSync(path, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
  try {
    const stat = fs.fstatSync(fd);
    if (stat.isDirectory()) throw Object.assign(new Error(`${path}: a directory`), { code: 'EISDIR' });
    if (!stat.isFile()) throw Object.assign(new Error(`${path}: not a regular file`), { code: 'ENOTREGULAR' });
    if (stat.size > MAX_FILE_BYTES) throw Object.assign(new Error(`${path}: too large`), { code: 'EFBIG', size: stat.size });
    const bytes = Buffer.alloc(stat.size);
    let read = 0;
    while (read < bytes.length) {
      const n = fs.readSync(fd, bytes, read, bytes.length - read, read);
      if (n === 0) break; // the file shrank meanwhile
      read += n;
    }
    return bytes.subarray(0, read);
  } finally {
    fs.closeSync(fd);
  }
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Control characters a terminal would act on (C0 but tab and line feed, DEL, C1) and the bidirectional controls that
 *  reorder what is shown. Text from sidecars and articles (quotes, notes, statuses, file names) may hold any of them. */
const TERMINAL_UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** `text` with those characters written as `\u001b`-style escapes: visible, inert, and still valid inside JSON
 *  strings (JSON.stringify leaves C1 and bidirectional controls raw; the escape reads back as the same character). */
export function terminalSafe(text: string): string {
  return text.replace(TERMINAL_UNSAFE, c => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A file's text, or undefined after saying on stderr why it cannot be read. */
export function readOrReport(io: CliIO, file: string): string | undefined {
  try {
    return io.readFile(file);
  } catch (err) {
    io.err(`factcheck: cannot read ${file}: ${describeReadError(err)}\n`);
    return undefined;
  }
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
  ELOOP: 'too many symbolic links',
  ENOTREGULAR: 'not a regular file (a pipe, device or socket); only files are read',
  ERR_STRING_TOO_LONG: 'the file is too large',
};

/** A reader-friendly reason for a failed read ("no such file"), with the system code for searching. */
export function describeReadError(err: unknown): string {
  const { code, size } = (err ?? {}) as { code?: unknown; size?: unknown };
  if (code === 'EFBIG' && typeof size === 'number') {
    return `too large (${Math.round(size / 2 ** 20)} MB; the limit is ${MAX_FILE_BYTES / 2 ** 20} MB)`;
  }
  if (typeof code === 'string') return READ_ERRORS[code] ? `${READ_ERRORS[code]} (${code})` : code;
  return err instanceof Error ? err.message : String(err);
}

/**
 * A command's arguments read the one way every command reads them: `--` ends the options, `--name value` and
 * `--name=value` both give a value to the options in `valued`, a lone `-` is a path. `option` is told each option
 * (with its value, if valued) and returns a message to refuse it. Returns the paths, or the first message.
 */
export function readArguments(args: readonly string[], valued: readonly string[], option: (name: string, value: string | undefined) => string | undefined): string[] | string {
  const paths: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--') {
      paths.push(...args.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      paths.push(arg);
      continue;
    }
    const [name, inline] = arg.includes('=') ? [arg.slice(2, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg.slice(2), undefined];
    if (!arg.startsWith('--') || !valued.includes(name)) {
      const refused = inline === undefined ? option(arg.startsWith('--') ? name : arg, undefined) : `unknown option '${arg}'`;
      if (refused) return refused;
      continue;
    }
    const value = inline ?? args[++i];
    if (value === undefined || value === '') return `--${name} needs a value`;
    const refused = option(name, value);
    if (refused) return refused;
  }
  return paths;
}
