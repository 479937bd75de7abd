// An article's text for an export: the open document's (unsaved edits included, as the review shows them), else the
// file's; undefined when it cannot be read (the export then goes without line numbers).
import * as vscode from 'vscode';

export async function articleText(uri: vscode.Uri): Promise<string | undefined> {
  const open = vscode.workspace.textDocuments.find(d => d.uri.toString() === uri.toString());
  if (open) return open.getText();
  try {
    return new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined;
  }
}

/** The last part of a URI's path (the file name). */
export const nameOf = (uri: vscode.Uri) => uri.path.slice(uri.path.lastIndexOf('/') + 1);
