// The Overview view above the Claims view: the desk's review at a glance (core/present/deskOverview.ts) — how many
// claims need attention, how far the review is, a small bar per article — drawn in the theme's chart colours. A webview
// without scripts; redrawn from each new Claims view model while it is visible, and when it becomes visible again.
import * as vscode from 'vscode';
import { overviewHtml } from '../core/present/deskOverview';
import type { ClaimsTreeProvider } from './claimsTreeProvider';
import type { ClaimsTreeModel } from './grouping';

export const OVERVIEW_VIEW_ID = 'factcheck.overview';

/** Status colours: the theme's chart colours, so light, dark and high-contrast themes each get theirs. */
const STYLE = `
body { padding: 4px 12px 8px; color: var(--vscode-foreground); font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); }
p { margin: 6px 0; }
.summary { line-height: 1.5; }
.attention { color: var(--vscode-charts-orange); font-weight: 600; }
.bar { display: block; width: 100%; height: 8px; background: var(--vscode-editorWidget-border, transparent); }
.legend { font-size: 0.9em; color: var(--vscode-descriptionForeground); }
.legend span { white-space: nowrap; margin-right: 8px; }
.swatch { width: 9px; height: 9px; margin-right: 3px; vertical-align: -1px; }
.articles { list-style: none; padding: 0; margin: 10px 0 0; }
.articles li { margin: 0 0 7px; }
.row { display: flex; justify-content: space-between; gap: 8px; margin-bottom: 2px; }
.name { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.state { flex: none; color: var(--vscode-descriptionForeground); font-size: 0.9em; }
.more, .empty { color: var(--vscode-descriptionForeground); }
.k-false { fill: var(--vscode-charts-red); }
.k-disputed { fill: var(--vscode-charts-orange); }
.k-changed { fill: var(--vscode-charts-blue); }
.k-orphaned { fill: var(--vscode-charts-yellow); }
.k-unverified { fill: var(--vscode-disabledForeground); }
.k-unverifiable { fill: var(--vscode-charts-purple); }
.k-verified { fill: var(--vscode-charts-green); }
.k-other { fill: var(--vscode-descriptionForeground); }
`;

export class OverviewViewProvider implements vscode.WebviewViewProvider, vscode.Disposable {
  private view?: vscode.WebviewView;
  private model?: ClaimsTreeModel;
  private drawn?: ClaimsTreeModel;
  /** The body last drawn: for tests (a webview's page cannot be read back). */
  body = '';
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly claims: ClaimsTreeProvider) {
    this.subscriptions = [claims.onDidBuildModel(model => {
      this.model = model;
      this.draw();
    })];
  }

  resolveWebviewView(view: vscode.WebviewView): void {
    this.view = view;
    view.webview.options = { enableScripts: false };
    this.drawn = undefined;
    this.subscriptions.push(view.onDidChangeVisibility(() => this.draw()), view.onDidDispose(() => {
      if (this.view === view) this.view = undefined;
    }));
    if (this.model) this.draw();
    else void this.claims.currentModel();
  }

  /** Draws the latest model, once, while the view is visible (an archive's overview is not worked out unseen). */
  private draw(): void {
    const { view, model } = this;
    if (!view?.visible || !model || model === this.drawn) return;
    this.drawn = model;
    // from each article's counts, worked out with the model's rows: an archive's claims are not listed for a picture
    this.body = overviewHtml(model.overview());
    view.webview.html = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">`
      + `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`
      + `<style>${STYLE}</style></head><body>${this.body}</body></html>`;
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
  }
}
