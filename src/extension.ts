// Entry point of the extension. Activation only wires things up: no detection runs until an article is shown.
import * as vscode from 'vscode';
import { analyze } from './core/analyze';
import type { FactcheckApi } from './api';

const ARTICLE_LANGUAGES = new Set(['markdown', 'plaintext']);

export function activate(context: vscode.ExtensionContext): FactcheckApi {
  const analysisOf = (document: vscode.TextDocument) =>
    ARTICLE_LANGUAGES.has(document.languageId) ? analyze(document.getText()) : undefined;

  context.subscriptions.push(
    vscode.commands.registerCommand('factcheck.analyzeActiveArticle', () => {
      const editor = vscode.window.activeTextEditor;
      const analysis = editor && analysisOf(editor.document);
      if (!analysis) {
        void vscode.window.showInformationMessage('Factcheck: open a Markdown or plain-text article first.');
        return undefined;
      }
      void vscode.window.showInformationMessage(
        `Factcheck: ${analysis.claims.length} claims, ${analysis.people.length} people, ${analysis.dates.length} dates.`);
      return analysis;
    }),
  );
  return { analysisOf };
}

export function deactivate(): void {
  // everything registered is in context.subscriptions and disposed by VS Code
}
