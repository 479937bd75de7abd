import * as assert from 'assert';
import * as vscode from 'vscode';
import type { FactcheckApi } from '../../../src/api';
import { parseSidecar } from '../../../src/core/sidecar';
import type { ClaimAnnotation } from '../../../src/core/sidecar/model';
import type { ReviewService } from '../../../src/review/reviewService';
import { DETECTOR_FILES, provideDetectorFiles } from '../../../src/core/detect/detectorFiles';
import { readExtensionFile } from '../../../src/web/extensionFiles';

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

/** Polls until `check` returns a truthy value; rejects with `what` after `timeoutMs`. The default is generous: on a
 *  loaded CI machine a browser's web worker can stall for seconds, and a passing check returns as soon as it holds. */
export async function waitFor<T>(what: string, check: () => T | Promise<T>, timeoutMs = 20000): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value as NonNullable<T>;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise(resolve => setTimeout(resolve, 50));
  }
}

/**
 * Deletes an article a test wrote into the workspace, and waits until the Claims view no longer lists it: the
 * workspace index analyses every article in the background, and a 5 MB one finishing late changed the counts a later
 * suite had just read (a Claims view total of 337 became 27,707 in one CI run).
 */
export async function deleteArticle(file: vscode.Uri): Promise<void> {
  await vscode.workspace.fs.delete(file);
  const extension = vscode.extensions.getExtension<FactcheckApi>('factcheck-desk.factcheck');
  const tree = extension && (await extension.activate()).claimsTree;
  if (!tree) return;
  await waitFor(`${file.path} to leave the Claims view`, async () => {
    await tree.provider.settle();
    return !(await tree.provider.getChildren()).some(n => n.kind === 'article' && n.uri === file.toString()) || undefined;
  }, 60000);
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

/** Saves `document` and resolves once VS Code has written it and the extension host has announced the save, so the
 *  extension's own save listener (registered before this one) has queued its work and `whenIdle` covers it. On a
 *  loaded machine `save()` may resolve (even report false) before the file is written or the event arrives. */
export async function save(document: vscode.TextDocument): Promise<void> {
  const hasEdits = document.isDirty;
  let heard = false;
  const listener = vscode.workspace.onDidSaveTextDocument(saved => {
    if (saved.uri.toString() === document.uri.toString()) heard = true;
  });
  try {
    await document.save();
    await waitFor('the article to be saved', () => !document.isDirty, 20000);
    if (hasEdits) await waitFor('the save to be announced', () => heard, 20000);
  } finally {
    listener.dispose();
  }
}

/** Reverts `document`. The command reverts the active editor, and on a loaded machine a late open from an earlier
 *  step can take that place between showing the document and the command, so it is shown and reverted again until
 *  it holds the saved text (reverting twice changes nothing). The extension host may hear that the document is clean
 *  before it hears of the revert's text, so both are waited for. */
export async function revert(document: vscode.TextDocument): Promise<void> {
  const saved = new TextDecoder().decode(await vscode.workspace.fs.readFile(document.uri));
  const deadline = Date.now() + 30000;
  for (;;) {
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.files.revert');
    const reverted = await waitFor('the revert', () => !document.isDirty && document.getText() === saved, 3000).then(() => true, () => false);
    if (reverted) return;
    if (Date.now() > deadline) throw new Error(`timed out reverting ${document.uri.path}`);
  }
}

/** Makes this test bundle's own core (for tests that call analyze() themselves) read the detector files the extension
 *  ships, the way the browser entry reads them: by the extension's URI, in either host. */
export async function useShippedDetectorFiles(): Promise<void> {
  const extension = vscode.extensions.getExtension('factcheck-desk.factcheck');
  assert.ok(extension, 'extension is installed');
  const dist = vscode.Uri.joinPath(extension.extensionUri, 'dist');
  const files = await Promise.all(DETECTOR_FILES.map(file => readExtensionFile(vscode.Uri.joinPath(dist, file))));
  provideDetectorFiles(file => files[DETECTOR_FILES.indexOf(file)]);
}
