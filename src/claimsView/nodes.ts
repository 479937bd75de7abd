// Tree items of the Claims view. Each status has its codicon in its theme colour (the same colours as the editor's
// overview ruler), so a status never rests on colour alone. Tooltips are Markdown built from escaped text only
// (labels.ts); they are not trusted, so no command link inside can run.
import * as vscode from 'vscode';
import { VIEW_COMMAND } from '../commandIds';
import { claimColor } from '../core/present/statusLook';
import { emptyCounts, type ClaimNode, type ClaimsNode } from './grouping';
import {
  articleTooltipMarkdown, moreLabel, claimDescription, claimTooltipMarkdown, countsDescription, shortText, STATUS_ICON, statusGroupLabel,
} from './labels';
import type { StatusKey } from './filters';
import type { VerdictMatch } from '../core/match/matchIndex';

/** `viewItem` values for package.json menus: `factcheck.claim.<status>`, `factcheck.article`, `factcheck.article.invalid`. */
export const CONTEXT = {
  claim: (status: StatusKey) => `factcheck.claim.${status}`,
  article: 'factcheck.article',
  invalidArticle: 'factcheck.article.invalid',
  status: 'factcheck.status',
  orphans: 'factcheck.orphans',
  error: 'factcheck.error',
} as const;

function statusIcon(status: StatusKey): vscode.ThemeIcon {
  const color = status === 'dismissed' ? new vscode.ThemeColor('disabledForeground') : new vscode.ThemeColor(claimColor(status, 'Ruler'));
  return new vscode.ThemeIcon(STATUS_ICON[status], color);
}

function markdown(value: string): vscode.MarkdownString {
  const md = new vscode.MarkdownString(value, true);
  md.isTrusted = false;
  md.supportHtml = false;
  return md;
}

/** Where a text filter's words are in a label, so VS Code highlights them. */
function highlighted(label: string, needle: string): vscode.TreeItemLabel | string {
  if (!needle) return label;
  const at = label.toLowerCase().indexOf(needle.toLowerCase());
  return at < 0 ? label : { label, highlights: [[at, at + needle.length]] };
}

function claimItem(node: ClaimNode, needle: string, seen: readonly VerdictMatch[] | undefined): vscode.TreeItem {
  const item = new vscode.TreeItem(highlighted(shortText(node.claim.text), needle), vscode.TreeItemCollapsibleState.None);
  item.id = node.id;
  item.description = claimDescription(node.claim, node.status, seen);
  item.iconPath = statusIcon(node.status);
  item.contextValue = CONTEXT.claim(node.status);
  item.accessibilityInformation = { label: `${item.description}: ${shortText(node.claim.text, 200)}` };
  item.command = { command: VIEW_COMMAND.openClaim, title: 'Open Claim', arguments: [{ uri: node.uri, key: node.key }] };
  return item;
}

/** A claim's tooltip (full sentence, note, sources, earlier verdicts), built only when VS Code asks for it (on hover). */
export function claimTooltip(node: ClaimNode, seen?: readonly VerdictMatch[]): vscode.MarkdownString {
  return markdown(claimTooltipMarkdown(node.claim, node.status, seen));
}

/** `seen`: a claim's earlier verdicts ("checked before"), disputed and false first. */
export function treeItemFor(node: ClaimsNode, needle: string, seen?: readonly VerdictMatch[]): vscode.TreeItem {
  const { Collapsed, Expanded, None } = vscode.TreeItemCollapsibleState;
  switch (node.kind) {
    case 'claim': return claimItem(node, needle, seen);
    case 'article': {
      const item = new vscode.TreeItem(node.name, node.status ? Collapsed : node.error ? Expanded : Collapsed);
      item.id = node.id;
      item.resourceUri = vscode.Uri.parse(node.uri);
      item.description = node.error && !node.total ? 'sidecar cannot be read' : countsDescription(node.counts);
      item.iconPath = node.error ? new vscode.ThemeIcon('error', new vscode.ThemeColor('errorForeground')) : vscode.ThemeIcon.File;
      item.tooltip = markdown(articleTooltipMarkdown(node.path, node.counts, node.error));
      item.contextValue = node.error ? CONTEXT.invalidArticle : CONTEXT.article;
      return item;
    }
    case 'status': {
      const item = new vscode.TreeItem(statusGroupLabel(node.status), node.status === 'verified' || node.status === 'dismissed' ? Collapsed : Expanded);
      item.id = node.id;
      item.description = String(node.count);
      item.iconPath = statusIcon(node.status);
      item.contextValue = CONTEXT.status;
      return item;
    }
    case 'orphans': {
      const item = new vscode.TreeItem(statusGroupLabel('orphaned'), Expanded);
      item.id = node.id;
      item.description = String(node.count);
      item.iconPath = statusIcon('orphaned');
      item.tooltip = 'Detached claims: their sentence is no longer in the article. Each keeps its verdict; select where it belongs now and run “Re-attach” from its context menu.';
      item.contextValue = CONTEXT.orphans;
      return item;
    }
    case 'error': {
      const item = new vscode.TreeItem(node.parent ? 'Sidecar cannot be read' : `${node.name}: sidecar cannot be read`, None);
      item.id = node.id;
      item.description = node.message;
      item.tooltip = markdown(articleTooltipMarkdown(node.name, emptyCounts(), node.message));
      item.iconPath = new vscode.ThemeIcon('error', new vscode.ThemeColor('errorForeground'));
      item.contextValue = CONTEXT.error;
      item.command = { command: 'vscode.open', title: 'Open Article', arguments: [vscode.Uri.parse(node.uri)] };
      return item;
    }
    case 'more': {
      const label = moreLabel(node);
      const item = new vscode.TreeItem(label, None);
      item.id = node.id;
      item.description = `${node.shown} of ${node.shown + node.hidden} shown`;
      item.iconPath = new vscode.ThemeIcon('ellipsis');
      item.accessibilityInformation = { label: `${label} ${item.description}` };
      item.command = { command: VIEW_COMMAND.showMore, title: label, arguments: [node.list] };
      return item;
    }
    case 'notice': {
      const item = new vscode.TreeItem(node.message, None);
      item.id = node.id;
      item.iconPath = new vscode.ThemeIcon('filter');
      return item;
    }
  }
}
