// Which documents are articles, and which of them the review layer follows.
import * as vscode from 'vscode';
import { articleLanguages } from './settings';

/** Whether a document is an article the extension analyses (setting `factcheck.languages`). */
export function isArticle(document: vscode.TextDocument): boolean {
  if (document.uri.path.endsWith('.factcheck.yaml')) return false;
  return articleLanguages(document.uri).includes(document.languageId);
}

/** An article document the store follows: an article language, in a file the workspace file system can reach — on
 *  disk, in a workspace folder, or on another file system it can write (in the browser the extension's own storage,
 *  where the walkthrough's sample lives, is `vscode-userdata:`). Not: untitled documents, read-only views (git:). */
export function isTracked(document: vscode.TextDocument): boolean {
  if (document.isClosed || !isArticle(document)) return false;
  const { uri } = document;
  return uri.scheme === 'file' || vscode.workspace.getWorkspaceFolder(uri) !== undefined || vscode.workspace.fs.isWritableFileSystem(uri.scheme) === true;
}

/** The open, followed document of an article, if it is open. */
export function openArticle(uri: vscode.Uri): vscode.TextDocument | undefined {
  const key = uri.toString();
  return vscode.workspace.textDocuments.find(d => d.uri.toString() === key && isTracked(d));
}

/** Whether `uri` is inside `folder` (not the folder itself). */
export function isUnder(uri: vscode.Uri, folder: vscode.Uri): boolean {
  const prefix = folder.path.endsWith('/') ? folder.path : `${folder.path}/`;
  return uri.scheme === folder.scheme && uri.authority === folder.authority && uri.path.startsWith(prefix);
}

/** An article's text: the open document's (unsaved edits included, as its review shows them), else the file's;
 *  undefined when it cannot be read. */
export async function articleText(uri: vscode.Uri): Promise<string | undefined> {
  const open = vscode.workspace.textDocuments.find(d => d.uri.toString() === uri.toString());
  if (open) return open.getText();
  try {
    return new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined;
  }
}
