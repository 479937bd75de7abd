import fs from 'node:fs';

/**
 * The day a file was last modified (YYYY-MM-DD, local time): the reference date of an article that states no date of
 * its own. Undefined when the file cannot be read (unsaved, deleted, not on disk).
 */
export function fileModifiedDay(path: string): string | undefined {
  try {
    const time = fs.statSync(path).mtime;
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${time.getFullYear()}-${pad(time.getMonth() + 1)}-${pad(time.getDate())}`;
  } catch {
    return undefined;
  }
}
