// Atomic file replacement for Node callers (the VS Code layer's sidecar writes, and any CLI write). A reader —
// another editor, git, a CI job — sees either the old file or the new one, never half of one: write a temporary file
// in the same folder (same file system, so rename is atomic), flush it, then rename it over the target.
//  - A target that is a symbolic link is written through: the file it points to is replaced, the link stays (a shared
//    sidecar keeps receiving verdicts). A link that leads nowhere is refused.
//  - The replaced file's permission bits are kept (a 600 sidecar stays 600).
//  - A read-only file (no write permission) is refused: a rename would otherwise replace it silently.
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';

/** Why a file was not written, in words for the user; `code` as Node's errors have it. */
export class FileNotWritableError extends Error {
  constructor(message: string, readonly code: 'EROFILE' | 'EDANGLINGLINK') {
    super(message);
    this.name = 'FileNotWritableError';
  }
}

export interface AtomicWriteOptions {
  /** Asked after the new text is on disk and before it replaces the file; false leaves the file as it is (the
   *  temporary file is removed) and makes the write return false. */
  beforeReplace?: () => Promise<boolean>;
}

interface Target {
  /** The file actually replaced: `target`, or the file its symbolic links lead to. */
  file: string;
  /** Permission bits for the new file. */
  mode: number;
}

function tempPathFor(file: string): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

function isMissing(err: unknown): boolean {
  return (err as NodeJS.ErrnoException)?.code === 'ENOENT';
}

function checkedMode(shown: string, existing: fs.Stats | undefined): number {
  if (!existing) return 0o644;
  const mode = existing.mode & 0o777;
  // `chmod a-w` (444): refuse even where the rename would succeed (the folder is writable, or we are root)
  if ((mode & 0o222) === 0) throw new FileNotWritableError(`${shown} is read-only; nothing was written (make it writable to save changes)`, 'EROFILE');
  return mode;
}

/** The file's status (of a symbolic link itself when `follow` is false), or undefined when there is no such file. */
function statOrUndefined(file: string, follow = true): fs.Stats | undefined {
  try {
    return follow ? fs.statSync(file) : fs.lstatSync(file);
  } catch (err) {
    if (isMissing(err)) return undefined;
    throw err;
  }
}

function targetOf(target: string): Target {
  let file = target;
  if (statOrUndefined(target, false)?.isSymbolicLink()) {
    try {
      file = fs.realpathSync(target);
    } catch (err) {
      if (!isMissing(err)) throw err;
      throw new FileNotWritableError(`${target} is a symbolic link to a file that does not exist; nothing was written (fix or remove the link)`, 'EDANGLINGLINK');
    }
  }
  return { file, mode: checkedMode(target, statOrUndefined(file)) };
}

export function atomicWriteFileSync(target: string, text: string): void {
  const { file, mode } = targetOf(target);
  const temp = tempPathFor(file);
  let fd: number | undefined;
  try {
    fd = fs.openSync(temp, 'wx', mode);
    fs.fchmodSync(fd, mode); // the process umask must not narrow or widen it
    fs.writeFileSync(fd, text, 'utf8');
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = undefined;
    fs.renameSync(temp, file);
  } catch (err) {
    if (fd !== undefined) fs.closeSync(fd);
    fs.rmSync(temp, { force: true });
    throw err;
  }
}

/** Writes `text` to `target` atomically; false when `beforeReplace` said no (nothing was replaced). */
export async function atomicWriteFile(target: string, text: string, options: AtomicWriteOptions = {}): Promise<boolean> {
  const { file, mode } = targetOf(target);
  const temp = tempPathFor(file);
  const handle = await fs.promises.open(temp, 'wx', mode);
  let replaced = false;
  try {
    await handle.chmod(mode);
    await handle.writeFile(text, 'utf8');
    await handle.sync();
    await handle.close();
    if (!options.beforeReplace || (await options.beforeReplace())) {
      // checked again: the file may have been made read-only while we wrote
      targetOf(target);
      await fs.promises.rename(temp, file);
      replaced = true;
    }
  } catch (err) {
    await handle.close().catch(() => undefined);
    throw err;
  } finally {
    if (!replaced) await fs.promises.rm(temp, { force: true });
  }
  return replaced;
}
