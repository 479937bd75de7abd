// "Export as ClaimReview…": a reviewed claim, an article's claims or the workspace's published as schema.org ClaimReview
// JSON-LD (core/claimReview/export.ts), from a claim's or an article's context menu in the Claims view or the export
// picker. A claim whose verdict does not hold for the words in the article (changed since review, detached) or that
// has none is never exported: for one claim the export is refused with the reason, for several the rest is written
// and what was left out is said.
import * as vscode from 'vscode';
import {
  claimReviewJsonText, exportClaimReviews, refusalSummary, settingsProblem, type ClaimReviewArticle, type ClaimReviewSettings,
} from '../core/claimReview/export';
import { extensionHost } from '../review/host';
import type { ReviewService } from '../review/reviewService';
import { claimReviewSettings } from '../review/settings';
import { articleText, nameOf } from './articleText';

/** What the command takes: a claim node ({ uri, key }), an article node, or options (tests, other extensions). */
export interface ClaimReviewExportOptions {
  /** Article URIs (strings); default: every article of the workspace. */
  articles?: string[];
  /** One claim: its article's URI and its key. */
  claim?: { uri: string; key: string };
  /** Where to write; default: a save dialog. */
  target?: string;
}

function asOptions(arg: unknown): ClaimReviewExportOptions {
  if (!arg || typeof arg !== 'object') return {};
  const value = arg as Record<string, unknown>;
  const options: ClaimReviewExportOptions = typeof value.target === 'string' ? { target: value.target } : {};
  // a node of the Claims view (context menu): that article, or that claim
  if (value.kind === 'article' && typeof value.uri === 'string') return { ...options, articles: [value.uri] };
  if (typeof value.uri === 'string' && typeof value.key === 'string') return { ...options, claim: { uri: value.uri, key: value.key } };
  if (Array.isArray(value.articles) && value.articles.every(a => typeof a === 'string')) options.articles = value.articles as string[];
  if (value.claim && typeof value.claim === 'object') {
    const claim = value.claim as Record<string, unknown>;
    if (typeof claim.uri === 'string' && typeof claim.key === 'string') options.claim = { uri: claim.uri, key: claim.key };
  }
  return options;
}

/** The settings, or undefined after telling the editor what to set (with a button that opens the settings). */
function settingsFor(scope: vscode.Uri | undefined): ClaimReviewSettings | undefined {
  const { settings, problems } = claimReviewSettings(scope);
  for (const problem of problems) void vscode.window.showWarningMessage(`Factcheck: factcheck.claimReview.ratings: ${problem}`);
  const problem = settingsProblem(settings);
  if (!problem) return settings as ClaimReviewSettings;
  void vscode.window.showErrorMessage(`Factcheck: cannot export ClaimReviews: ${problem}.`, 'Open Settings').then(answer => {
    if (answer === 'Open Settings') void vscode.commands.executeCommand('workbench.action.openSettings', 'factcheck.claimReview');
  });
  return undefined;
}

/** Writes the ClaimReview file and returns where; undefined when nothing was written (refused, cancelled, not set). */
export async function exportClaimReview(reviews: ReviewService, arg?: unknown): Promise<vscode.Uri | undefined> {
  const options = asOptions(arg);
  const uris = options.claim ? [vscode.Uri.parse(options.claim.uri)] : options.articles ? options.articles.map(a => vscode.Uri.parse(a)) : reviews.articles();
  const folder = (uris[0] && vscode.workspace.getWorkspaceFolder(uris[0])) ?? vscode.workspace.workspaceFolders?.[0];
  const settings = settingsFor(uris[0] ?? folder?.uri);
  if (!settings) return undefined;

  const multiRoot = (vscode.workspace.workspaceFolders?.length ?? 0) > 1;
  const articles: ClaimReviewArticle[] = [];
  for (const uri of uris) {
    const review = reviews.reviewOf(uri) ?? await reviews.load(uri).catch(() => undefined);
    let claims = review?.claims ?? [];
    if (options.claim) claims = claims.filter(c => c.key === options.claim!.key);
    const text = await articleText(uri);
    // who said it and the article's date: only for articles with a verdict to publish (detection runs here once)
    const publishable = claims.some(c => c.annotation && c.status !== 'unverified' && !c.dismissed);
    const analysis = publishable && text !== undefined ? reviews.analysisOf(uri) ?? extensionHost().detection().analyze(text) : undefined;
    articles.push({ path: vscode.workspace.asRelativePath(uri, multiRoot), text, claims, people: analysis?.people, reference: analysis?.reference });
  }
  const { reviews: made, refused } = exportClaimReviews(articles, settings, new Date().toISOString());
  if (options.claim && !made.length) {
    const why = refused[0]?.message ?? 'is no longer in the review.';
    void vscode.window.showErrorMessage(`Factcheck: not exported as a ClaimReview: ${refused[0] ? why : `the claim ${why}`}`);
    return undefined;
  }
  if (!made.length) {
    const summary = refusalSummary(refused);
    void vscode.window.showErrorMessage(`Factcheck: there is no reviewed claim to export as a ClaimReview${summary ? ` (${summary})` : ''}.`);
    return undefined;
  }

  const single = uris.length === 1 ? nameOf(uris[0]).replace(/\.[^.]*$/, '') : undefined;
  const fileName = `${single ?? 'factcheck'}.claimreview.json`;
  const target = options.target ? vscode.Uri.parse(options.target) : await vscode.window.showSaveDialog({
    title: 'Factcheck: save the ClaimReviews',
    defaultUri: folder ? vscode.Uri.joinPath(folder.uri, fileName) : undefined,
    filters: { 'ClaimReview JSON-LD': ['json', 'jsonld'] },
    saveLabel: 'Export',
  });
  if (!target) return undefined;
  try {
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(claimReviewJsonText(made)));
  } catch (error) {
    void vscode.window.showErrorMessage(`Factcheck: could not write the ClaimReviews: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
  const told = refused.filter(r => r.reason !== 'unverified');
  const written = `${made.length} ${made.length === 1 ? 'ClaimReview' : 'ClaimReviews'} written to ${nameOf(target)}`;
  if (told.length) {
    // which verdicts were not published and why: the editor fixes them, or knows they are missing
    const which = told.slice(0, 3).map(r => `${r.article}${r.line ? `:${r.line}` : ''}: ${r.message}`).join(' · ');
    void vscode.window.showWarningMessage(`Factcheck: ${written}; ${refusalSummary(refused)}. ${which}${told.length > 3 ? ' …' : ''}`);
  } else if (!options.target) {
    void vscode.window.showInformationMessage(`Factcheck: ${written}.`, 'Open').then(answer => {
      if (answer === 'Open') void vscode.commands.executeCommand('vscode.open', target);
    });
  }
  return target;
}
