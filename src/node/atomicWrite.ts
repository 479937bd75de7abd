// Atomic file replacement for Node callers (the CLI; the VS Code layer may use it too). A reader — another editor,
// git, a CI job — sees either the old file or the new one, never half of one: write a temporary file in the same
// folder (same file system, so rename is atomic), flush it, then rename it over the target.
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';

function tempPathFor(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

/** The existing file's permission bits, so replacing a file does not change who may read it. */
function modeOf(target: string): number | undefined {
  try {
    return fs.statSync(target).mode & 0o777;
  } catch {
    return undefined;
  }
}

export function atomicWriteFileSync(target: string, text: string): void {
  const temp = tempPathFor(target);
  const mode = modeOf(target);
  let fd: number | undefined;
  try {
    fd = fs.openSync(temp, 'wx', mode ?? 0o644);
    fs.writeFileSync(fd, text, 'utf8');
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = undefined;
    fs.renameSync(temp, target);
  } catch (err) {
    if (fd !== undefined) fs.closeSync(fd);
    fs.rmSync(temp, { force: true });
    throw err;
  }
}

export async function atomicWriteFile(target: string, text: string): Promise<void> {
  const temp = tempPathFor(target);
  const mode = modeOf(target);
  const handle = await fs.promises.open(temp, 'wx', mode ?? 0o644);
  try {
    await handle.writeFile(text, 'utf8');
    await handle.sync();
    await handle.close();
    await fs.promises.rename(temp, target);
  } catch (err) {
    await handle.close().catch(() => undefined);
    await fs.promises.rm(temp, { force: true });
    throw err;
  }
}
