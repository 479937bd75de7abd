// The Claims view in the Factcheck activity-bar container.
import type * as vscode from 'vscode';
import type { ReviewService } from '../review/reviewService';

export function registerClaimsView(_context: vscode.ExtensionContext, _reviews: ReviewService): void {
  // filled in by the Claims view (issue 6)
}
