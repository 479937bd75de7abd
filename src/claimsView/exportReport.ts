// "Export Review Report": every claim of the workspace or of one article, written as Markdown, HTML, CSV or JSON for
// a desk outside VS Code. The formatting is pure (src/core/report.ts); this asks what and where, reads the article
// texts for line numbers and writes the file through workspace.fs (so it works on remote and virtual file systems).
import * as vscode from 'vscode';
import {
  byArticlePath, formatReport, REPORT_EXTENSION, REPORT_FORMATS, reportRows, workspaceScope, type ReportArticle, type ReportFormat,
} from '../core/present/report';
import type { ReviewService } from '../review/reviewService';
import { exportClaimReview } from './exportClaimReview';
import { articleText, nameOf } from './articleText';

/** What tests and other extensions may pass to skip the questions. */
export interface ExportOptions {
  /** URIs (as strings) of the articles to report on; default: ask (workspace or active article). */
  articles?: string[];
  format?: ReportFormat;
  /** Where to write; default: a save dialog. */
  target?: string;
}

const FORMAT_NAMES: Record<ReportFormat, string> = { markdown: 'Markdown', html: 'HTML', csv: 'CSV', json: 'JSON' };
const FORMAT_DETAIL: Record<ReportFormat, string> = {
  markdown: 'tables per article, readable as plain text',
  html: 'a web page to open in any browser or attach to an email',
  csv: 'one row per claim, for a spreadsheet',
  json: 'for scripts and other tools',
};

function asOptions(arg: unknown): ExportOptions {
  if (!arg || typeof arg !== 'object') return {};
  const value = arg as Record<string, unknown>;
  // an article node of the Claims view (context menu): that article
  if (value.kind === 'article' && typeof value.uri === 'string') return { articles: [value.uri] };
  const options: ExportOptions = {};
  if (Array.isArray(value.articles) && value.articles.every(a => typeof a === 'string')) options.articles = value.articles as string[];
  if (typeof value.format === 'string' && (REPORT_FORMATS as readonly string[]).includes(value.format)) options.format = value.format as ReportFormat;
  if (typeof value.target === 'string') options.target = value.target;
  return options;
}

async function askScope(reviews: ReviewService): Promise<vscode.Uri[] | undefined> {
  const all = reviews.articles();
  const active = vscode.window.activeTextEditor?.document.uri;
  const activeArticle = active && all.find(uri => uri.toString() === active.toString());
  if (!activeArticle) return all;
  const picked = await vscode.window.showQuickPick([
    { label: '$(files) Whole workspace', description: `${all.length} ${all.length === 1 ? 'article' : 'articles'}`, uris: all },
    { label: `$(file) ${nameOf(activeArticle)}`, description: 'the active article', uris: [activeArticle] },
  ], { title: 'Factcheck: export a review report of…' });
  return picked?.uris;
}

/** The report formats, and ClaimReview: the reviewed claims published for search engines and other desks. */
async function askFormat(): Promise<ReportFormat | 'claimreview' | undefined> {
  const picked = await vscode.window.showQuickPick([
    ...REPORT_FORMATS.map(format => ({ label: FORMAT_NAMES[format], detail: FORMAT_DETAIL[format], format: format as ReportFormat | 'claimreview' })),
    { label: 'ClaimReview (JSON-LD)', detail: 'the reviewed claims as schema.org fact-checks, for search engines and other desks', format: 'claimreview' as const },
  ], { title: 'Factcheck: report format' });
  return picked?.format;
}

/** Writes the report and returns where; undefined when the editor cancelled or there was nothing to report. */
export async function exportReport(reviews: ReviewService, arg?: unknown): Promise<vscode.Uri | undefined> {
  const options = asOptions(arg);
  const uris = options.articles ? options.articles.map(a => vscode.Uri.parse(a)) : await askScope(reviews);
  if (!uris) return undefined;
  if (!uris.length) {
    void vscode.window.showInformationMessage('Factcheck: there are no articles to report on yet. Open an article first.');
    return undefined;
  }
  const format = options.format ?? await askFormat();
  if (!format) return undefined;
  if (format === 'claimreview') return exportClaimReview(reviews, { articles: uris.map(uri => uri.toString()) });

  const folder = vscode.workspace.getWorkspaceFolder(uris[0]) ?? vscode.workspace.workspaceFolders?.[0];
  const single = uris.length === 1 ? nameOf(uris[0]).replace(/\.[^.]*$/, '') : undefined;
  const fileName = `${single ? `${single}-` : ''}factcheck-report.${REPORT_EXTENSION[format]}`;
  const target = options.target ? vscode.Uri.parse(options.target) : await vscode.window.showSaveDialog({
    title: 'Factcheck: save the review report',
    defaultUri: folder ? vscode.Uri.joinPath(folder.uri, fileName) : undefined,
    filters: { [FORMAT_NAMES[format]]: [REPORT_EXTENSION[format]] },
    saveLabel: 'Export',
  });
  if (!target) return undefined;

  const articles: ReportArticle[] = [];
  const multiRoot = (vscode.workspace.workspaceFolders?.length ?? 0) > 1;
  for (const uri of uris) {
    const review = reviews.reviewOf(uri) ?? await reviews.load(uri).catch(() => undefined);
    articles.push({ article: vscode.workspace.asRelativePath(uri, multiRoot), text: await articleText(uri), claims: review?.claims ?? [] });
  }
  articles.sort(byArticlePath);
  const scope = single ? vscode.workspace.asRelativePath(uris[0], multiRoot) : workspaceScope(vscode.workspace.name);
  const text = formatReport(reportRows(articles), format, { generated: new Date().toISOString(), scope });
  try {
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text));
  } catch (error) {
    void vscode.window.showErrorMessage(`Factcheck: could not write the report: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
  if (!options.target) {
    void vscode.window.showInformationMessage(`Factcheck: report written to ${nameOf(target)}.`, 'Open').then(answer => {
      if (answer === 'Open') void vscode.commands.executeCommand('vscode.open', target);
    });
  }
  return target;
}
