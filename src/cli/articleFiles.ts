// The articles under the paths given to `report`: files with an article extension (core/workspace/articleFiles.ts),
// folders walked with the default exclude list, each named relative to the path it was found under. Other files
// (ClaimReview imports) are found by the same walk.
import fs from 'node:fs';
import path from 'node:path';
import { articlePathFor, isSidecarPath } from '../core/sidecar';
import { DEFAULT_EXCLUDE, globMatcher, isArticleFile } from '../core/workspace/articleFiles';
import { describeReadError } from './io';

export interface FoundArticle {
  /** Path to read. */
  file: string;
  /** Path relative to the folder given (`/`-separated), or the file name when a file was given. */
  name: string;
}

export function articleFilesIn(paths: readonly string[], exclude: readonly string[] = DEFAULT_EXCLUDE): { articles: FoundArticle[]; problems: string[] } {
  const excluded = globMatcher(exclude);
  const articles: FoundArticle[] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  const add = (file: string, name: string) => {
    const key = path.resolve(file);
    if (!seen.has(key)) articles.push({ file, name });
    seen.add(key);
  };
  for (const given of paths) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(given);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      problems.push(`${given}: ${code === 'ENOENT' || code === 'ENOTDIR' ? 'no such file or folder' : describeReadError(err)}`);
      continue;
    }
    if (stat.isDirectory()) {
      for (const relative of walk(given, excluded, problems, isArticleFile)) add(path.join(given, relative), relative);
    } else if (!stat.isFile()) problems.push(`${given}: ${describeReadError({ code: 'ENOTREGULAR' })}`);
    else {
      const file = isSidecarPath(given) ? articlePathFor(given)! : given;
      add(file, path.basename(file));
    }
  }
  return { articles, problems };
}

/** Files under the folders given (a file given is taken as it is) whose name passes `wanted`, named like articles. */
export function filesIn(paths: readonly string[], wanted: (name: string) => boolean, exclude: readonly string[] = DEFAULT_EXCLUDE): { files: FoundArticle[]; problems: string[] } {
  const excluded = globMatcher(exclude);
  const files: FoundArticle[] = [];
  const problems: string[] = [];
  for (const given of paths) {
    let isFolder: boolean;
    try {
      isFolder = fs.statSync(given).isDirectory();
    } catch (err) {
      problems.push(`${given}: ${describeReadError(err)}`);
      continue;
    }
    if (isFolder) for (const relative of walk(given, excluded, problems, wanted)) files.push({ file: path.join(given, relative), name: relative });
    else if (wanted(path.basename(given))) files.push({ file: given, name: path.basename(given) });
  }
  return { files, problems };
}

/** Paths under `root` whose name passes `wanted`, relative and `/`-separated. Linked folders are not followed (a
 *  link may loop). */
function walk(root: string, excluded: (relative: string) => boolean, problems: string[], wanted: (name: string) => boolean): string[] {
  const found: string[] = [];
  const pending = [''];
  while (pending.length) {
    const relativeDir = pending.pop()!;
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(path.join(root, relativeDir), { withFileTypes: true });
    } catch (err) {
      problems.push(`cannot read ${path.join(root, relativeDir)}: ${describeReadError(err)}`);
      continue;
    }
    for (const entry of entries) {
      const relative = relativeDir ? `${relativeDir}/${entry.name}` : entry.name;
      if (excluded(relative)) continue;
      if (entry.isDirectory()) pending.push(relative);
      else if (wanted(entry.name) && (entry.isFile() || isLinkToFile(path.join(root, relative)))) found.push(relative);
    }
  }
  return found.sort();
}

function isLinkToFile(file: string): boolean {
  try {
    return fs.lstatSync(file).isSymbolicLink() && fs.statSync(file).isFile();
  } catch {
    return false;
  }
}
