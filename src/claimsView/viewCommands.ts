// Commands of the Claims view itself: open a claim, copy its text, refresh, grouping, filters and export. Changing a
// claim (status, note, source, dismiss, re-attach) is the editor's job: the view's menus call the editor commands
// (src/editor/commands.ts) with the claim node, whose { uri, key } those commands take as their argument.
import * as vscode from 'vscode';
import { VIEW_COMMAND } from '../commandIds';
import { isClaimTarget, type ClaimTarget } from '../core/present/hoverText';
import type { ReviewService } from '../review/reviewService';
import type { ClaimsTreeProvider } from './claimsTreeProvider';
import type { ClaimsNode } from './grouping';
import { exportClaimReview } from './exportClaimReview';
import { exportReport } from './exportReport';
import { DEFAULT_STATUSES, NO_FILTER, STATUS_KEYS, type StatusKey } from './filters';
import { STATUS_ICON, statusGroupLabel } from './labels';
import type { ClaimsViewState } from './viewState';

/** How long a failed reveal of the first row a "Show more" brought waits before its second try. */
const REVEAL_RETRY_MS = 200;

function asClaimTarget(value: unknown): ClaimTarget | undefined {
  return isClaimTarget(value) ? { uri: value.uri, key: value.key } : undefined;
}

export function registerViewCommands(reviews: ReviewService, provider: ClaimsTreeProvider, state: ClaimsViewState, view: vscode.TreeView<ClaimsNode>): vscode.Disposable[] {
  /** Opens the article and selects the claim, leaving focus in the view (a keystroke must never replace the claim's
   *  text). Returns the selected offsets, or undefined when the claim has no place (orphaned) or is gone. */
  async function openClaim(arg?: unknown): Promise<{ start: number; end: number } | undefined> {
    const target = asClaimTarget(arg);
    if (!target) return undefined;
    const uri = vscode.Uri.parse(target.uri);
    let editor: vscode.TextEditor;
    try {
      editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: true, preserveFocus: true });
    } catch (error) {
      void vscode.window.showErrorMessage(`Factcheck: cannot open the article: ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    }
    // opening an article anchors its claims afresh: look the claim up again rather than trusting the old offsets
    const review = reviews.reviewOf(uri) ?? await reviews.load(uri);
    const claim = review?.claims.find(c => c.key === target.key);
    if (!claim) {
      void vscode.window.showInformationMessage('Factcheck: that claim is no longer in the review.');
      return undefined;
    }
    if (claim.orphaned || claim.start === undefined || claim.end === undefined) {
      void vscode.window.showInformationMessage('Factcheck: the text of this claim is no longer in the article. Select where it belongs now, then run “Re-attach” from the claim’s context menu.');
      return undefined;
    }
    const document = editor.document;
    const range = new vscode.Range(document.positionAt(claim.start), document.positionAt(claim.end));
    editor.selection = new vscode.Selection(range.start, range.end);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    return { start: claim.start, end: claim.end };
  }

  async function copyText(arg?: unknown): Promise<string | undefined> {
    const target = asClaimTarget(arg);
    if (!target) return undefined;
    const uri = vscode.Uri.parse(target.uri);
    const claim = (reviews.reviewOf(uri) ?? await reviews.load(uri))?.claims.find(c => c.key === target.key);
    if (!claim) return undefined;
    await vscode.env.clipboard.writeText(claim.text);
    return claim.text;
  }

  /** Which statuses to show: a multi-select quick pick, or a list of status names (tests, keybindings). */
  async function filterByStatus(arg?: unknown): Promise<void> {
    let statuses: StatusKey[] | undefined;
    if (Array.isArray(arg)) statuses = STATUS_KEYS.filter(s => arg.includes(s));
    else {
      const current = state.filter.statuses;
      const picked = await vscode.window.showQuickPick(STATUS_KEYS.map(status => ({
        label: `$(${STATUS_ICON[status]}) ${statusGroupLabel(status)}`,
        description: status === 'dismissed' ? 'claims dismissed as “not a claim”' : undefined,
        picked: current.has(status),
        status,
      })), { title: 'Factcheck: show claims that are…', canPickMany: true, placeHolder: 'Pick the statuses to show (none picked shows the default)' });
      if (!picked) return;
      statuses = picked.map(p => p.status);
    }
    await state.setFilter({ ...state.filter, statuses: new Set(statuses.length ? statuses : DEFAULT_STATUSES) });
  }

  async function filterByText(arg?: unknown): Promise<void> {
    const text = typeof arg === 'string' ? arg : await vscode.window.showInputBox({
      title: 'Factcheck: filter claims by text',
      prompt: 'Shows claims whose text, note, sources or reviewer contain these words (empty shows all).',
      value: state.filter.text,
    });
    if (text === undefined) return;
    await state.setFilter({ ...state.filter, text: text.trim() });
  }

  /** Only claims an earlier verdict of another article matches, or all again: a toggle, or `true`/`false` (tests,
   *  keybindings). */
  async function filterSeenBefore(arg?: unknown): Promise<void> {
    const seenBefore = typeof arg === 'boolean' ? arg : !state.filter.seenBefore;
    const { seenBefore: _was, ...rest } = state.filter;
    await state.setFilter(seenBefore ? { ...rest, seenBefore } : rest);
  }

  /** The next page of a long list, the keyboard's place moved to its first row (the "Show more" row it was on is gone). */
  async function showMore(list: unknown): Promise<void> {
    const first = await provider.showMore(typeof list === 'string' ? list : '');
    if (!first) return;
    const reveal = () => Promise.resolve(view.reveal(first, { select: true, focus: true }));
    // (a reveal fails while VS Code still redraws the list under it, as on a loaded web host: tried once more after)
    await reveal().catch(() => new Promise(resolve => setTimeout(resolve, REVEAL_RETRY_MS)).then(reveal)).catch(() => undefined);
  }

  const register = (id: string, run: (...args: unknown[]) => unknown) => vscode.commands.registerCommand(id, run);
  return [
    register(VIEW_COMMAND.openClaim, openClaim),
    register(VIEW_COMMAND.copyText, copyText),
    register(VIEW_COMMAND.refresh, async () => { await reviews.discoverSidecars(); provider.refresh(); }),
    register(VIEW_COMMAND.groupByStatus, () => state.setGrouping('status')),
    register(VIEW_COMMAND.groupByArticle, () => state.setGrouping('article')),
    register(VIEW_COMMAND.filterByStatus, filterByStatus),
    register(VIEW_COMMAND.filterByText, filterByText),
    register(VIEW_COMMAND.filterSeenBefore, filterSeenBefore),
    register(VIEW_COMMAND.clearFilter, () => state.setFilter(NO_FILTER)),
    register(VIEW_COMMAND.exportReport, arg => exportReport(reviews, arg)),
    register(VIEW_COMMAND.exportClaimReview, arg => exportClaimReview(reviews, arg)),
    register(VIEW_COMMAND.showMore, showMore),
  ];
}
