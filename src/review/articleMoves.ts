// When an article is renamed or moved in VS Code, its sidecar goes with it (into the same layout it was in), and the
// sidecar's `article:` field follows the new name. A sidecar already at the destination is never overwritten, and
// deleting an article never deletes its sidecar: the verdicts may still be wanted (an undo, a restore from git).
import * as vscode from 'vscode';
import { baseName, isSidecarPath, layoutOf, sidecarPathFor } from '../core/sidecar/paths';
import { withArticleName } from './articleField';
import { exists, findSidecar, readSidecar, sidecarStill, writeAtomically } from './sidecarFiles';
import type { SidecarLayout } from '../core/sidecar/paths';

export type SidecarMove =
  | { kind: 'none' }
  | { kind: 'moved'; from: vscode.Uri; to: vscode.Uri }
  | { kind: 'blocked'; from: vscode.Uri; to: vscode.Uri; reason: string };

/** Moves the sidecar of the article that moved from `oldUri` to `newUri`, if it has one. */
export async function moveSidecarWithArticle(oldUri: vscode.Uri, newUri: vscode.Uri, layout: SidecarLayout): Promise<SidecarMove> {
  if (isSidecarPath(oldUri.path)) return { kind: 'none' }; // the user moved a sidecar by hand
  const from = await findSidecar(oldUri, layout);
  if (!from) return { kind: 'none' };
  const to = newUri.with({ path: sidecarPathFor(newUri.path, layoutOf(from.path)) });
  if (await exists(to)) return { kind: 'blocked', from, to, reason: 'a fact-check file already exists there' };
  await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(to, '..'));
  await vscode.workspace.fs.rename(from, to, { overwrite: false });
  const read = await readSidecar(to);
  if (read.kind === 'text') {
    const renamed = withArticleName(read.text, baseName(newUri.path));
    if (renamed !== undefined && renamed !== read.text) await writeAtomically(to, renamed, () => sidecarStill(to, read.text));
  }
  return { kind: 'moved', from, to };
}
