import * as assert from 'assert';
import * as vscode from 'vscode';
import type { FactcheckApi } from '../../../src/api';
import { parseSidecar } from '../../../src/core/sidecar';
import type { ClaimAnnotation } from '../../../src/core/sidecar/model';
import type { ReviewService } from '../../../src/review/reviewService';
import { loadClaimModel } from '../../../src/web/host';

/** The reviewer name the suite works under, in the user settings of its throw-away profile (index.ts sets it;
 *  firstHour.test.ts clears it to be asked on purpose). */
export const SUITE_REVIEWER = 'Suite Reviewer';

/** The fresh copy of test/fixtures/workspace the suite runs in. */
export function workspaceUri(...segments: string[]): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the integration tests need a workspace folder');
  return vscode.Uri.joinPath(folder.uri, ...segments);
}

export async function openArticle(name: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(workspaceUri(name));
  return vscode.window.showTextDocument(document);
}

/** Polls until `check` returns a truthy value; rejects with `what` after `timeoutMs`. */
export async function waitFor<T>(what: string, check: () => T | Promise<T>, timeoutMs = 10000): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value as NonNullable<T>;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise(resolve => setTimeout(resolve, 50));
  }
}

/** The extension's review store (activating the extension if needed). */
export async function reviews(): Promise<ReviewService> {
  const extension = vscode.extensions.getExtension<FactcheckApi>('factcheck-desk.factcheck');
  assert.ok(extension, 'extension is installed');
  return (await extension.activate()).reviews;
}

/** A file's text, or undefined when it cannot be read (e.g. it does not exist). */
export async function readText(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined;
  }
}

export async function writeText(uri: vscode.Uri, text: string): Promise<void> {
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
}

/** The claims of the sidecar on disk; undefined when it is missing or does not parse. */
export async function storedClaims(sidecar: vscode.Uri): Promise<ClaimAnnotation[] | undefined> {
  const text = await readText(sidecar);
  if (text === undefined) return undefined;
  const parsed = parseSidecar(text);
  return parsed.ok ? parsed.sidecar.claims : undefined;
}

/** Saves and waits until VS Code has written the file (on a loaded machine `save()` may report false while the
 *  save still completes a moment later). */
export async function save(document: vscode.TextDocument): Promise<void> {
  if (await document.save()) return;
  await waitFor('the article to be saved', () => !document.isDirty, 20000);
}

/** Makes this test bundle's own core (for tests that call analyze() themselves) read the claim model the extension
 *  ships, the way the browser entry reads it: by the extension's URI, in either host. */
export async function useShippedClaimModel(): Promise<void> {
  const extension = vscode.extensions.getExtension('factcheck-desk.factcheck');
  assert.ok(extension, 'extension is installed');
  await loadClaimModel(extension.extensionUri);
}
