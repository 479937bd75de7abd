// The store's settings, read where they are needed (per resource) so a change applies without a reload.
import * as vscode from 'vscode';
import type { SidecarLayout } from '../core/sidecar/paths';
import { DEFAULT_CLAIM_THRESHOLD } from '../core/detect/spans';
import { DEFAULT_EXCLUDE } from '../core/workspace/articleFiles';
import type { ClaimReviewSettings } from '../core/claimReview/export';
import { ratingTable } from '../core/claimReview/ratings';

function config(scope?: vscode.Uri): vscode.WorkspaceConfiguration {
  return vscode.workspace.getConfiguration('factcheck', scope);
}

/** `factcheck.sidecarLocation`: where new sidecars go (existing ones are found in either place). */
export function sidecarLayout(scope?: vscode.Uri): SidecarLayout {
  return config(scope).get<string>('sidecarLocation', 'besideArticle') === 'factcheckFolder' ? 'folder' : 'beside';
}

/** `factcheck.claimThreshold`: least check-worthiness score a sentence needs to be flagged. */
export function claimThreshold(scope?: vscode.Uri): number {
  const value = config(scope).get<number>('claimThreshold', DEFAULT_CLAIM_THRESHOLD);
  return typeof value === 'number' && value >= 0 && value <= 1 ? value : DEFAULT_CLAIM_THRESHOLD;
}

/** `factcheck.similar.minScore`: least match score for a hover's "Checked before". */
export function similarMinScore(scope?: vscode.Uri): number {
  const value = config(scope).get<number>('similar.minScore', 0.5);
  return typeof value === 'number' && value >= 0 && value <= 1 ? value : 0.5;
}

/** `factcheck.statuses`: status names a team adds to the built-in ones (never replacing them). */
export function extraStatuses(scope?: vscode.Uri): string[] {
  const value = config(scope).get<unknown>('statuses', []);
  return Array.isArray(value) ? value.filter((s): s is string => typeof s === 'string' && s.trim() !== '').map(s => s.trim()) : [];
}

/** `factcheck.reviewer`, or undefined when not set. */
export function reviewerSetting(scope?: vscode.Uri): string | undefined {
  const value = config(scope).get<string>('reviewer', '').trim();
  return value || undefined;
}

/** `factcheck.languages`: language ids of the documents analysed as articles. */
export function articleLanguages(scope?: vscode.Uri): string[] {
  const value = config(scope).get<unknown>('languages', ['markdown', 'plaintext']);
  return Array.isArray(value) ? value.filter((s): s is string => typeof s === 'string') : [];
}

/** `factcheck.index.enabled`: whether the workspace index lists and analyses every article (off: open articles and
 *  those with a sidecar only, for huge archives). */
export function indexEnabled(scope?: vscode.Uri): boolean {
  return config(scope).get<boolean>('index.enabled', true) !== false;
}

/** `factcheck.exclude`: globs of files and folders the workspace index leaves out (besides `files.exclude`). */
export function indexExclude(scope?: vscode.Uri): string[] {
  const value = config(scope).get<unknown>('exclude', DEFAULT_EXCLUDE);
  return Array.isArray(value) ? value.filter((s): s is string => typeof s === 'string') : [...DEFAULT_EXCLUDE];
}

const DEFAULT_MAX_ANALYSIS_KB = 1024;

/** `factcheck.maxAnalysisSize` in UTF-16 code units: larger articles are analysed only once the editor agreed (and
 *  never by the workspace index). */
export function maxAnalysisChars(scope?: vscode.Uri): number {
  const kb = config(scope).get<number>('maxAnalysisSize', DEFAULT_MAX_ANALYSIS_KB);
  return (Number.isFinite(kb) && kb > 0 ? kb : DEFAULT_MAX_ANALYSIS_KB) * 1024;
}

/** `factcheck.claimReview.*`: what a ClaimReview export needs from the desk (core/claimReview/export.ts checks it), and
 *  what in the ratings setting was left out. */
export function claimReviewSettings(scope?: vscode.Uri): { settings: Partial<ClaimReviewSettings>; problems: string[] } {
  const section = config(scope);
  const text = (key: string) => {
    const value = section.get<unknown>(key, '');
    return typeof value === 'string' && value.trim() ? value.trim() : undefined;
  };
  const { table, problems } = ratingTable(section.get<unknown>('claimReview.ratings', {}));
  const max = section.get<unknown>('claimReview.maxClaimLength', 0);
  return {
    settings: {
      organization: text('claimReview.organization'),
      organizationUrl: text('claimReview.organizationUrl'),
      urlPattern: text('claimReview.urlPattern'),
      ratings: table,
      maxClaimLength: typeof max === 'number' && Number.isInteger(max) && max > 0 ? max : undefined,
    },
    problems,
  };
}
