// The small API `activate()` returns: for the integration tests and for other extensions.
import type * as vscode from 'vscode';
import type { Analysis } from './core/spans';

export interface FactcheckApi {
  /** The detection result for an open article, computed on demand (undefined for documents the extension ignores). */
  analysisOf(document: vscode.TextDocument): Analysis | undefined;
}
