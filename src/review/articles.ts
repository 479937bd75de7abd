import * as vscode from 'vscode';

/** Whether a document is an article the extension analyses (setting `factcheck.languages`). */
export function isArticle(document: vscode.TextDocument): boolean {
  if (document.uri.path.endsWith('.factcheck.yaml')) return false;
  const languages = vscode.workspace.getConfiguration('factcheck').get<string[]>('languages', ['markdown', 'plaintext']);
  return languages.includes(document.languageId);
}
