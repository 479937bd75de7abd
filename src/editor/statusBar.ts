// The status bar item of the active article: claim counts by status ("$(check) 5 $(error) 1 $(question) 7");
// clicking it opens the Claims view. For a file Factcheck is off for, it says so and turns it on when clicked.
import * as vscode from 'vscode';
import { countByStyle, countStrongUnverified, statusBarText, statusBarTooltip } from '../core/present/statusCounts';
import { COMMAND, FOCUS_CLAIMS_VIEW } from './commandIds';
import type { ArticleSnapshot } from './refresh';

export class ReviewStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('factcheck.status', vscode.StatusBarAlignment.Right, 100);
  private readonly latest = new Map<string, ArticleSnapshot>();
  private readonly subscriptions = [
    vscode.window.onDidChangeActiveTextEditor(() => this.render()),
    vscode.workspace.onDidCloseTextDocument(document => this.latest.delete(document.uri.toString())),
    vscode.workspace.onDidChangeConfiguration(event => {
      if (event.affectsConfiguration('factcheck.reviewer')) this.render();
    }),
  ];

  /** `describeReviewer` says whose name verdicts record, for the tooltip. */
  constructor(private readonly describeReviewer: (article: vscode.Uri) => string) {
    this.item.name = 'Factcheck';
  }

  /** Presenter for ArticleRefresher: remembers each article's snapshot and redraws if it is the active one. */
  readonly present = (_editors: readonly vscode.TextEditor[], snapshot: ArticleSnapshot): void => {
    this.latest.set(snapshot.document.uri.toString(), snapshot);
    this.render();
  };

  /** What the item shows now (for tests). */
  get text(): string | undefined {
    return this.item.text || undefined;
  }

  get tooltip(): string | undefined {
    return typeof this.item.tooltip === 'string' ? this.item.tooltip : this.item.tooltip?.value;
  }

  private render(): void {
    const document = vscode.window.activeTextEditor?.document;
    const snapshot = document && this.latest.get(document.uri.toString());
    if (!snapshot || snapshot.state === 'not-article' || snapshot.document.isClosed) {
      this.item.hide();
      return;
    }
    this.item.backgroundColor = undefined;
    if (snapshot.state !== 'on') {
      this.item.text = snapshot.state === 'off' ? '$(circle-slash) Factcheck off' : '$(circle-slash) Factcheck: large file';
      this.item.tooltip = snapshot.state === 'off'
        ? 'Factcheck is off for this file. Click to turn it on.'
        : 'This file is above the "factcheck.maxAnalysisSize" setting. Click to analyse it anyway.';
      this.item.command = COMMAND.toggle;
      this.item.accessibilityInformation = { label: this.item.tooltip };
      this.item.show();
      return;
    }
    if (snapshot.analysing) {
      this.item.text = '$(sync~spin) Factcheck: analysing…';
      this.item.tooltip = 'Factcheck is analysing this large article in the background; you can go on working.';
      this.item.command = FOCUS_CLAIMS_VIEW;
      this.item.accessibilityInformation = { label: this.item.tooltip };
      this.item.show();
      return;
    }
    if (!snapshot.review) {
      // e.g. an untitled document: the review service does not follow it, so there is nothing to count
      this.item.hide();
      return;
    }
    const counts = countByStyle(snapshot.review.claims);
    let tooltip = `${statusBarTooltip(counts, countStrongUnverified(snapshot.review.claims))}. ${this.describeReviewer(snapshot.document.uri)} Click to open the Claims view.`;
    let text = statusBarText(counts);
    if (snapshot.review.sidecar.kind === 'invalid') {
      text = `$(alert) ${text}`;
      tooltip = `The sidecar file has problems: changes are not saved until it is fixed. ${tooltip}`;
      this.item.backgroundColor = new vscode.ThemeColor('statusBarItem.warningBackground');
    }
    this.item.text = text;
    this.item.tooltip = tooltip;
    this.item.command = FOCUS_CLAIMS_VIEW;
    this.item.accessibilityInformation = { label: tooltip };
    this.item.show();
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
    this.item.dispose();
    this.latest.clear();
  }
}
