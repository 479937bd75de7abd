// Sidecar and article files through `vscode.workspace.fs` (so remote and virtual-file workspaces behave the same).
// A sidecar is written atomically: the new text goes to a temporary file in the same folder, which is then renamed
// over the old one, so a crash or a full disk leaves either the old file or the new one, never half of each. Files on
// the local disk are written by the Node host's own file system (src/node/atomicWrite.ts), which workspace.fs cannot
// match: the file's mode is kept, a read-only file is refused, and a symbolic link is written through rather than
// replaced. The browser host has no such writer (./host.ts): there every file takes the workspace.fs path.
import * as vscode from 'vscode';
import { decodeSidecarBytes } from '../core/sidecar/decode';
import type { SidecarProblem } from '../core/sidecar/model';
import { SIDECAR_SUFFIX, layoutOf, sidecarCandidatesFor, sidecarPathFor, type SidecarLayout } from '../core/sidecar/paths';
import { extensionHost } from './host';

/** Article text as VS Code shows it: without a byte-order mark, so offsets match an open document's. */
const articleDecoder = new TextDecoder('utf-8');
const encoder = new TextEncoder();

export type SidecarRead = { kind: 'missing' } | { kind: 'text'; text: string } | { kind: 'unreadable'; problem: SidecarProblem };

function isNotFound(error: unknown): boolean {
  return error instanceof vscode.FileSystemError && (error.code === 'FileNotFound' || error.code === 'EntryNotFound');
}

export async function readSidecar(uri: vscode.Uri): Promise<SidecarRead> {
  let bytes: Uint8Array;
  try {
    bytes = await vscode.workspace.fs.readFile(uri);
  } catch (error) {
    if (isNotFound(error)) return { kind: 'missing' };
    return { kind: 'unreadable', problem: { message: `cannot read the file: ${error instanceof Error ? error.message : String(error)}`, line: 1, column: 1 } };
  }
  // the byte-order mark is kept: the format layer keeps it on rewrite
  const decoded = decodeSidecarBytes(bytes);
  return decoded.ok ? { kind: 'text', text: decoded.text } : { kind: 'unreadable', problem: decoded.problem };
}

/** The article's text from disk, or undefined when it does not exist. */
export async function readArticle(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return articleDecoder.decode(await vscode.workspace.fs.readFile(uri));
  } catch (error) {
    if (isNotFound(error)) return undefined;
    throw error;
  }
}

/** When the file was last modified, or undefined when it does not exist. */
export async function modifiedTime(uri: vscode.Uri): Promise<number | undefined> {
  try {
    return (await vscode.workspace.fs.stat(uri)).mtime;
  } catch {
    return undefined;
  }
}

export async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/**
 * Writes `text` to `uri` through a temporary sibling file and a rename. `stillCurrent` is asked between the two: when
 * it says no (the file changed since the caller read it), the temporary file is removed, nothing is replaced, and
 * false is returned so the caller can merge again. This narrows the read-modify-write window to the rename itself.
 */
export async function writeAtomically(uri: vscode.Uri, text: string, stillCurrent: () => Promise<boolean> = async () => true): Promise<boolean> {
  const folder = vscode.Uri.joinPath(uri, '..');
  const writeLocalFile = extensionHost().writeLocalFile;
  if (uri.scheme === 'file' && writeLocalFile) {
    await vscode.workspace.fs.createDirectory(folder);
    return writeLocalFile(uri, text, stillCurrent);
  }
  const stat = await vscode.workspace.fs.stat(uri).then(s => s, () => undefined);
  if (stat?.permissions !== undefined && stat.permissions & vscode.FilePermission.Readonly) {
    throw new Error(`${vscode.workspace.asRelativePath(uri, false)} is read-only; nothing was written (make it writable to save changes)`);
  }
  const name = uri.path.slice(uri.path.lastIndexOf('/') + 1);
  // not ending in the sidecar suffix, so the watcher never mistakes it for a sidecar
  const temporary = vscode.Uri.joinPath(folder, `.${name}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}.tmp`);
  await vscode.workspace.fs.createDirectory(folder);
  await vscode.workspace.fs.writeFile(temporary, encoder.encode(text));
  try {
    if (!(await stillCurrent())) {
      await vscode.workspace.fs.delete(temporary);
      return false;
    }
    await vscode.workspace.fs.rename(temporary, uri, { overwrite: true });
    return true;
  } catch (error) {
    await Promise.resolve(vscode.workspace.fs.delete(temporary)).catch(() => undefined);
    throw error;
  }
}

/** Whether the sidecar on disk is still exactly `expected` (undefined: still absent). */
export async function sidecarStill(uri: vscode.Uri, expected: string | undefined): Promise<boolean> {
  const now = await readSidecar(uri);
  return expected === undefined ? now.kind === 'missing' : now.kind === 'text' && now.text === expected;
}

function withPath(uri: vscode.Uri, path: string): vscode.Uri {
  return uri.with({ path });
}

/** Where a new sidecar for `article` goes. */
export function sidecarUriFor(article: vscode.Uri, layout: SidecarLayout): vscode.Uri {
  return withPath(article, sidecarPathFor(article.path, layout));
}

/** The existing sidecar of `article` (preferred layout first), or undefined. */
export async function findSidecar(article: vscode.Uri, layout: SidecarLayout): Promise<vscode.Uri | undefined> {
  for (const path of sidecarCandidatesFor(article.path, layout)) {
    const candidate = withPath(article, path);
    if (await exists(candidate)) return candidate;
  }
  return undefined;
}

/** Where the article's sidecar would be in the layout `sidecar` is not in. */
export function otherLayoutOf(sidecar: vscode.Uri, article: vscode.Uri): vscode.Uri {
  return withPath(article, sidecarPathFor(article.path, layoutOf(sidecar.path) === 'beside' ? 'folder' : 'beside'));
}

/** The sidecar of the same article in the other layout, when that one exists too (a conflict: see twoSidecarsMessage). */
export async function twinSidecar(sidecar: vscode.Uri, article: vscode.Uri): Promise<vscode.Uri | undefined> {
  const other = otherLayoutOf(sidecar, article);
  return (await exists(other)) ? other : undefined;
}

export const SIDECAR_GLOB = `**/*${SIDECAR_SUFFIX}`;
