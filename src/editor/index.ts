// Everything an editor sees and does with an article open: decorations, hovers, commands, status bar.
// One refresher reads the review once per change and hands it to the decorations and the status bar; the review
// layer's messages for the user are shown here.
import * as vscode from 'vscode';
import type { ReviewService } from '../review/reviewService';
import { ArticleGate } from './articleGate';
import { registerCommands } from './commands';
import { ArticleDecorations, type DecorationRecord } from './decorations';
import { registerDetachedLens } from './detachedLens';
import { registerHovers } from './hovers';
import { registerPeopleDatesView, type PeopleDatesView } from './peopleDatesView';
import { ArticleRefresher, type RefreshTiming } from './refresh';
import { ReviewerPrompt } from './reviewerPrompt';
import { registerSampleArticle } from './sampleArticle';
import { ReviewStatusBar } from './statusBar';
import type { SeenBefore } from '../review/seenBefore';
import type { PlacedHint } from '../core/present/seenBeforeText';
import { SeenBeforeHints } from './seenBeforeHints';

/** What the editor layer shows, readable by tests and other extensions through the API. */
export interface EditorFeatures {
  /** The ranges last handed to each decoration type for a document, as offsets. */
  decorationsOf(uri: vscode.Uri): DecorationRecord | undefined;
  /** The status bar item's text and tooltip, or undefined while hidden. */
  statusBar(): { text?: string; tooltip?: string };
  /** How long the last rebuild of a document's decorations and status bar took, after the debounce. */
  lastRefreshTiming(uri: vscode.Uri): RefreshTiming | undefined;
  /** Asks for the reviewer's name before the first verdict (tests replace its `ask`). */
  readonly reviewerPrompt: ReviewerPrompt;
  /** The People & Dates view of the active article. */
  readonly peopleDates: PeopleDatesView;
  /** The "checked before" hints last drawn after a document's claims, as offsets. */
  seenBeforeHintsOf(uri: vscode.Uri): readonly PlacedHint[] | undefined;
}

export function registerEditorFeatures(context: vscode.ExtensionContext, reviews: ReviewService, seenBefore: SeenBefore): EditorFeatures {
  const gate = new ArticleGate(context.workspaceState);
  const decorations = new ArticleDecorations(context.extensionUri);
  const reviewerPrompt = new ReviewerPrompt(context.globalState);
  const statusBar = new ReviewStatusBar(uri => reviewerPrompt.describe(uri));
  const hints = new SeenBeforeHints(seenBefore);
  const refresher = new ArticleRefresher(reviews, gate, [decorations.present, hints.present, statusBar.present]);
  const timings = new Map<string, RefreshTiming>();
  const peopleDates = registerPeopleDatesView(reviews, gate);

  const updateContextKeys = () => {
    const document = vscode.window.activeTextEditor?.document;
    const state = document ? gate.state(document) : 'not-article';
    void vscode.commands.executeCommand('setContext', 'factcheck.articleLanguage', state !== 'not-article');
    void vscode.commands.executeCommand('setContext', 'factcheck.activeArticle', state === 'on');
  };
  updateContextKeys();

  context.subscriptions.push(
    gate, decorations, hints, statusBar, refresher,
    // a verdict given or changed elsewhere: the open articles' hints are worked out again
    seenBefore.onDidChange(() => refresher.refreshVisible()),
    refresher.onDidRefresh(({ snapshot, timing }) => {
      timings.set(snapshot.document.uri.toString(), timing);
      if (snapshot.document === vscode.window.activeTextEditor?.document) updateContextKeys();
    }),
    vscode.window.onDidChangeActiveTextEditor(updateContextKeys),
    gate.onDidChange(updateContextKeys),
    reviews.onDidRaiseMessage(message => void (message.severity === 'error'
      ? vscode.window.showErrorMessage(message.text) : vscode.window.showWarningMessage(message.text))),
    registerHovers(reviews, gate, seenBefore),
    registerDetachedLens(reviews, gate),
    peopleDates.disposable,
    ...registerCommands(reviews, gate, reviewerPrompt, seenBefore),
    registerSampleArticle(context),
  );

  return {
    decorationsOf: uri => decorations.recordOf(uri),
    statusBar: () => ({ text: statusBar.text, tooltip: statusBar.tooltip }),
    lastRefreshTiming: uri => timings.get(uri.toString()),
    reviewerPrompt,
    peopleDates: peopleDates.view,
    seenBeforeHintsOf: uri => hints.hintsOf(uri),
  };
}
