// Where an article's sidecar lives, as pure string functions (no Node `path`: this runs in a browser worker too).
// Both `/` and `\` are accepted as separators; the one the input uses is kept.
//
//   beside:     news/article.md  →  news/article.md.factcheck.yaml
//   folder:     news/article.md  →  news/.factcheck/article.md.factcheck.yaml

export const SIDECAR_SUFFIX = '.factcheck.yaml';
export const SIDECAR_FOLDER = '.factcheck';

/** `beside` the article (default) or in a `.factcheck/` folder next to it. */
export type SidecarLayout = 'beside' | 'folder';

interface SplitPath {
  dir: string; // including the trailing separator, or '' for a bare name
  name: string;
  separator: '/' | '\\';
}

function splitPath(path: string): SplitPath {
  const cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  const separator = cut >= 0 && path[cut] === '\\' ? '\\' : '/';
  return { dir: path.slice(0, cut + 1), name: path.slice(cut + 1), separator };
}

/** The file name part of a path: what a sidecar's `article:` field holds. */
export function baseName(path: string): string {
  return splitPath(path).name;
}

/** The sidecar path for an article in the given layout. */
export function sidecarPathFor(articlePath: string, layout: SidecarLayout = 'beside'): string {
  const { dir, name, separator } = splitPath(articlePath);
  return layout === 'folder' ? `${dir}${SIDECAR_FOLDER}${separator}${name}${SIDECAR_SUFFIX}` : `${dir}${name}${SIDECAR_SUFFIX}`;
}

/** Both places a sidecar may be, preferred layout first: readers look in both so a changed setting loses nothing. */
export function sidecarCandidatesFor(articlePath: string, preferred: SidecarLayout = 'beside'): [string, string] {
  const other: SidecarLayout = preferred === 'beside' ? 'folder' : 'beside';
  return [sidecarPathFor(articlePath, preferred), sidecarPathFor(articlePath, other)];
}

export function isSidecarPath(path: string): boolean {
  const name = baseName(path);
  return name.length > SIDECAR_SUFFIX.length && name.endsWith(SIDECAR_SUFFIX);
}

/** The article a sidecar belongs to, or undefined when `sidecarPath` is not a sidecar's name. */
export function articlePathFor(sidecarPath: string): string | undefined {
  if (!isSidecarPath(sidecarPath)) return undefined;
  const { dir, name } = splitPath(sidecarPath);
  const articleName = name.slice(0, -SIDECAR_SUFFIX.length);
  const inFolder = dir.length > SIDECAR_FOLDER.length && baseName(dir.slice(0, -1)) === SIDECAR_FOLDER;
  const articleDir = inFolder ? dir.slice(0, dir.length - 1 - SIDECAR_FOLDER.length) : dir;
  return articleDir + articleName;
}

/** The layout a sidecar path is in. */
export function layoutOf(sidecarPath: string): SidecarLayout {
  const { dir } = splitPath(sidecarPath);
  return dir.length > SIDECAR_FOLDER.length && baseName(dir.slice(0, -1)) === SIDECAR_FOLDER ? 'folder' : 'beside';
}

/** The problem of an article with a sidecar in both layouts: readers could disagree on which holds the verdicts
 *  (one reads the file beside the article, another the `.factcheck/` one), so neither is used until one is left. */
export function twoSidecarsMessage(articlePath: string): string {
  const [beside, folder] = [sidecarPathFor(baseName(articlePath), 'beside'), sidecarPathFor(baseName(articlePath), 'folder')];
  return `two fact-check files for ${baseName(articlePath)}: ${beside} and ${folder}; it is unclear which holds the verdicts. ` +
    'Merge them into one and delete the other; until then neither is used or changed';
}
