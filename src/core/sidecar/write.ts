// Deciding what to write when the editor saves an article's annotations: the read-modify-write rule as a pure
// function, so the VS Code store and the CLI follow the same rule. The caller reads the file just before calling and
// performs the atomic write (temporary file + rename) itself.
import type { ClaimAnnotation, SidecarProblem } from './model';
import type { SidecarParseOptions } from './read';
import { emptySidecar, updateSidecarText } from './update';
import { mergeSidecars, type MergeConflict } from './merge';

export interface SidecarWriteRequest {
  /** The sidecar text as last read from disk (undefined: there was none). */
  base: string | undefined;
  /** The sidecar text on disk right now (undefined: there is none). */
  disk: string | undefined;
  /** Every claim the sidecar should hold (untouched detections are not claims: leave them out). */
  claims: readonly ClaimAnnotation[];
  /** For a new file's `article:` field. */
  articleName: string;
  options?: SidecarParseOptions;
}

export type SidecarWritePlan =
  /** Nothing to write; `conflicts` may still hold claims where their newer version won over mine (tell the user). */
  | { action: 'skip'; conflicts: MergeConflict[] }
  | { action: 'write'; text: string; conflicts: MergeConflict[] }
  /** The file on disk is malformed: never overwrite it; tell the user why their action is blocked. */
  | { action: 'blocked'; problems: SidecarProblem[] };

export function planSidecarWrite({ base, disk, claims, articleName, options = {} }: SidecarWriteRequest): SidecarWritePlan {
  if (disk === undefined && !claims.length) return { action: 'skip', conflicts: [] };
  // `claims` replace what we last read; without a last read they say nothing about the claims already on disk (a
  // file that appeared since, e.g. by a git pull), so they are merged in as additions and every claim there stays.
  const start = base ?? emptySidecar(articleName);
  const mine = updateSidecarText(start, claims, options);
  if (!mine.ok) {
    // Our own last-read copy no longer parses (it was blocked before): merge with what is on disk as if nothing was read.
    if (base === undefined || disk === undefined) return { action: 'blocked', problems: mine.problems };
    return planSidecarWrite({ base: undefined, disk, claims, articleName, options });
  }
  if (disk === undefined) return { action: 'write', text: mine.text, conflicts: [] };
  if (disk === base) return mine.changed ? { action: 'write', text: mine.text, conflicts: [] } : { action: 'skip', conflicts: [] };
  const merged = mergeSidecars(base, mine.text, disk, options);
  if (!merged.ok) return { action: 'blocked', problems: merged.problems };
  return merged.changed ? { action: 'write', text: merged.text, conflicts: merged.conflicts } : { action: 'skip', conflicts: merged.conflicts };
}
