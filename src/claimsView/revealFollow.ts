// The view's selection follows the cursor: moving through an article selects the claim under the cursor in the
// Claims view (setting `factcheck.claimsView.followCursor`). Only while the view is visible, after the cursor rests
// a moment, and without taking focus from the editor.
import * as vscode from 'vscode';
import { claimsIn } from '../core/present/navigation';
import type { ReviewService } from '../review/reviewService';
import type { ClaimsTreeProvider } from './claimsTreeProvider';
import type { ClaimsNode } from './grouping';

const FOLLOW_DELAY_MS = 300;
export const FOLLOW_SETTING = 'claimsView.followCursor';

export function followCursor(view: vscode.TreeView<ClaimsNode>, provider: ClaimsTreeProvider, reviews: ReviewService): vscode.Disposable {
  let timer: ReturnType<typeof setTimeout> | undefined;

  async function revealClaimAt(editor: vscode.TextEditor): Promise<void> {
    if (!view.visible || !vscode.workspace.getConfiguration('factcheck').get<boolean>(FOLLOW_SETTING, true)) return;
    const document = editor.document;
    const offset = document.offsetAt(editor.selection.active);
    const claims = (reviews.reviewOf(document.uri)?.claims ?? []).filter(c => !c.dismissed);
    // the innermost claim when claims overlap
    const claim = claimsIn(claims, { start: offset, end: offset }).sort((a, b) => (a.end! - a.start!) - (b.end! - b.start!))[0];
    if (!claim) return;
    const already = view.selection[0];
    if (already?.kind === 'claim' && already.uri === document.uri.toString() && already.key === claim.key) return;
    const node = await provider.findClaimNode(document.uri.toString(), claim.key);
    if (node && editor === vscode.window.activeTextEditor) await view.reveal(node, { select: true, focus: false, expand: true });
  }

  const schedule = (editor: vscode.TextEditor | undefined, retry = true) => {
    clearTimeout(timer);
    // a reveal fails when the tree is rebuilt under it (the review changed meanwhile): tried once more on the new tree
    if (editor) timer = setTimeout(() => void revealClaimAt(editor).catch(() => { if (retry) schedule(editor, false); }), FOLLOW_DELAY_MS);
  };

  return vscode.Disposable.from(
    vscode.window.onDidChangeTextEditorSelection(event => schedule(event.textEditor)),
    vscode.window.onDidChangeActiveTextEditor(schedule),
    { dispose: () => clearTimeout(timer) },
  );
}
