// The order a person sees files in, VS Code's Explorer's: folder by folder, a folder's subfolders before its files,
// names compared with numbers read as numbers ("2.md" before "10.md") and case and accents aside. Lists that show
// equals side by side (matches scoring the same) use it so that they read in that order, whatever order the files
// were found in.

const byName = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

/** Compares two paths ('/'- or '\\'-separated) in Explorer order; paths that differ never compare equal (a plain
 *  comparison decides between names that read the same, "Notes.md" and "notes.md"). */
export function comparePaths(a: string, b: string): number {
  if (a === b) return 0;
  const as = a.split(/[/\\]/);
  const bs = b.split(/[/\\]/);
  for (let i = 0; i < as.length && i < bs.length; i++) {
    if (as[i] === bs[i]) continue;
    const aIsFile = i === as.length - 1;
    const bIsFile = i === bs.length - 1;
    if (aIsFile !== bIsFile) return aIsFile ? 1 : -1;
    return byName.compare(as[i], bs[i]) || (as[i] < bs[i] ? -1 : 1);
  }
  return as.length - bs.length;
}
