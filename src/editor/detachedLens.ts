// A line above the article that says how many of its verdicts are detached (their sentence is no longer in the
// article) and opens the Claims view, where they are listed. A CodeLens, not after-line text: it is read in full.
import * as vscode from 'vscode';
import { groupClaimsByStyle } from '../core/present/claimStyles';
import { detachedNotice } from '../core/present/statusLook';
import type { ReviewService } from '../review/reviewService';
import type { ArticleGate } from './articleGate';
import { FOCUS_CLAIMS_VIEW } from './commandIds';

export function registerDetachedLens(reviews: ReviewService, gate: ArticleGate): vscode.Disposable {
  const changed = new vscode.EventEmitter<void>();
  const provider: vscode.CodeLensProvider = {
    onDidChangeCodeLenses: changed.event,
    provideCodeLenses(document) {
      if (!gate.isOn(document)) return [];
      const { unplaced } = groupClaimsByStyle(reviews.reviewOf(document.uri)?.claims ?? []);
      if (!unplaced) return [];
      return [new vscode.CodeLens(new vscode.Range(0, 0, 0, 0), { title: `$(debug-disconnect) ${detachedNotice(unplaced)}`, command: FOCUS_CLAIMS_VIEW })];
    },
  };
  return vscode.Disposable.from(
    changed,
    reviews.onDidChangeArticle(() => changed.fire()),
    gate.onDidChange(() => changed.fire()),
    vscode.languages.registerCodeLensProvider({ pattern: '**' }, provider),
  );
}
