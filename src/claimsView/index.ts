// The Claims view in the Factcheck activity-bar container: every claim of the workspace, grouped by article or by
// status, with a badge counting the claims that need attention (changed, orphaned, disputed, false); above it the
// Overview, the same claims as a picture.
import * as vscode from 'vscode';
import type { ReviewService } from '../review/reviewService';
import type { SeenClaims } from '../review/seenBefore';
import { ClaimsTreeProvider } from './claimsTreeProvider';
import { describeFilter } from './filters';
import type { ClaimsNode } from './grouping';
import { statusGroupLabel } from './labels';
import { OVERVIEW_VIEW_ID, OverviewViewProvider } from './overviewView';
import { followCursor } from './revealFollow';
import { registerViewCommands } from './viewCommands';
import { ClaimsViewState } from './viewState';

export const CLAIMS_VIEW_ID = 'factcheck.claims';

/** The view, for tests and other extensions. */
export interface ClaimsView {
  readonly provider: ClaimsTreeProvider;
  readonly view: vscode.TreeView<ClaimsNode>;
  readonly state: ClaimsViewState;
  /** The Overview view above it. */
  readonly overview: OverviewViewProvider;
}

export function registerClaimsView(context: vscode.ExtensionContext, reviews: ReviewService, seen?: SeenClaims): ClaimsView {
  const state = new ClaimsViewState(context.workspaceState);
  const provider = new ClaimsTreeProvider(reviews, state, seen);
  const view = vscode.window.createTreeView(CLAIMS_VIEW_ID, { treeDataProvider: provider, showCollapseAll: true });
  const overview = new OverviewViewProvider(provider);

  // the title bar cuts the description short in a narrow sidebar: the message above the tree says it in full
  const showFilter = () => {
    const filter = describeFilter(state.filter, statusGroupLabel);
    view.description = filter;
    view.message = filter ? `${filter}. Some claims are hidden: “Clear Claims Filter” (✕ in the title bar) shows them all.` : undefined;
  };
  showFilter();

  context.subscriptions.push(
    state, provider, view, overview,
    vscode.window.registerWebviewViewProvider(OVERVIEW_VIEW_ID, overview),
    state.onDidChange(showFilter),
    provider.onDidBuildModel(model => {
      const count = model.attentionCount();
      view.badge = count ? { value: count, tooltip: `${count} ${count === 1 ? 'claim needs' : 'claims need'} attention (changed since review, detached, disputed or false)` } : undefined;
    }),
    reviews.onDidIndexProgress(progress => {
      view.message = progress ? `Indexing the workspace’s articles: ${progress.done} of ${progress.total}…` : undefined;
    }),
    followCursor(view, provider, reviews),
    ...registerViewCommands(reviews, provider, state, view),
  );
  // the badge shows on the activity bar before the view is ever opened
  void provider.currentModel();
  return { provider, view, state, overview };
}
