// Everything an editor sees and does with an article open: decorations, hovers, commands, status bar.
import type * as vscode from 'vscode';
import type { ReviewService } from '../review/reviewService';

export function registerEditorFeatures(_context: vscode.ExtensionContext, _reviews: ReviewService): void {
  // filled in by the editor features (issue 5)
}
