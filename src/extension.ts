// The extension's activation, shared by both entry points: src/main.ts (Node extension host, package.json `main`) and
// src/browser.ts (the browser's web-worker extension host, package.json `browser`). Each sets its host's adapters
// (src/review/host.ts) and the claim model first. Activation only wires things up: no detection runs until an article
// is shown.
import * as vscode from 'vscode';
import type { FactcheckApi } from './api';
import { registerClaimsView } from './claimsView';
import { registerEditorFeatures } from './editor';
import { ClaimReviewImports } from './review/claimReviewImports';
import { ReviewStore } from './review/reviewStore';
import { SeenBefore } from './review/seenBefore';

export function activate(context: vscode.ExtensionContext): FactcheckApi {
  const reviews = new ReviewStore(context.storageUri ?? context.globalStorageUri, String(context.extension.packageJSON.version ?? 'dev'));
  context.subscriptions.push(reviews);
  // imported ClaimReviews: the earlier verdicts "checked before" matching reads besides the workspace's own
  const importedVerdicts = new ClaimReviewImports();
  context.subscriptions.push(importedVerdicts);
  // the desk's earlier verdicts, matched for the editor's hints and hovers and the Claims view's "seen before"
  const seenBefore = new SeenBefore(reviews, importedVerdicts);
  context.subscriptions.push(seenBefore);
  const editor = registerEditorFeatures(context, reviews, seenBefore);
  const claimsTree = registerClaimsView(context, reviews, seenBefore);
  return {
    analysisOf: document => reviews.analysisOf(document.uri),
    reviewOf: uri => reviews.reviewOf(uri),
    reviews,
    editor,
    claimsTree,
    importedVerdicts,
  };
}

export function deactivate(): void {
  // everything registered is in context.subscriptions and disposed by VS Code
}
