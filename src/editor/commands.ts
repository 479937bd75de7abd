// The editor's review commands. Each acts on the claim(s) under the cursor or selection of the active article, or on
// the claim a hover or view link names ({ uri, key }). None is silent: without a claim it says so, with several
// candidates under one cursor it asks which. Every command returns the keys of the claims it changed (for tests and
// other extensions).
import * as vscode from 'vscode';
import type { ClaimEdit, ReviewClaim } from '../core/review/reviewClaims';
import { isClaimTarget, type ClaimTarget } from '../core/present/hoverText';
import { claimsInSelections, nextUnreviewed } from '../core/present/navigation';
import { DETACHED, reattachedMessage, STYLE_ICON, STYLE_LABEL } from '../core/present/statusLook';
import { claimStyle } from '../core/present/claimStyles';
import { shortText } from '../core/text/oneLine';
import type { VerdictMatch } from '../core/match/matchIndex';
import { appliedVerdictOf, isWarningMatch, type AppliedVerdict } from '../core/present/seenBeforeText';
import type { ReviewService } from '../review/reviewService';
import { exists } from '../review/sidecarFiles';
import type { SeenBefore } from '../review/seenBefore';
import type { ArticleGate } from './articleGate';
import { COMMAND } from './commandIds';
import type { ReviewerPrompt } from './reviewerPrompt';

/** What a command link or another extension may pass: which claim, and optionally the note or source text (so no
 *  input box is shown). Editor context menus pass the document URI instead, which is ignored. */
interface CommandArgument extends Partial<ClaimTarget> {
  note?: string;
  source?: string;
  /** Apply this verdict ("Checked before" in the hover). */
  verdict?: AppliedVerdict;
}

interface Target {
  uri: vscode.Uri;
  claims: ReviewClaim[];
}

const say = (message: string) => void vscode.window.showInformationMessage(`Factcheck: ${message}`);
const ANALYSING = 'still analysing this large article; try again in a moment.';
const fail = (error: unknown) => void vscode.window.showErrorMessage(`Factcheck: ${error instanceof Error ? error.message : String(error)}`);

function asArgument(value: unknown): CommandArgument | undefined {
  return isClaimTarget(value) ? value : undefined;
}

export function registerCommands(reviews: ReviewService, gate: ArticleGate, reviewer: ReviewerPrompt, seenBefore: SeenBefore): vscode.Disposable[] {
  /** The active editor when it shows an article the features are on for; says why not otherwise. With no text editor
   *  active (the Getting Started walkthrough beside the article has the focus), the one article in view, focused. */
  function activeArticle(): vscode.TextEditor | undefined {
    const editor = vscode.window.activeTextEditor ?? soleVisibleArticle();
    if (!editor) return say('open an article first.'), undefined;
    const state = gate.state(editor.document);
    if (state === 'on') return editor;
    if (state === 'not-article') say('this file is not an article (see the "factcheck.languages" setting).');
    else if (state === 'off') say('Factcheck is off for this file. Run "Factcheck: Toggle for This File" to turn it on.');
    else gate.askAboutLargeFile(editor.document);
    return undefined;
  }

  function soleVisibleArticle(): vscode.TextEditor | undefined {
    const articles = vscode.window.visibleTextEditors.filter(e => gate.state(e.document) !== 'not-article');
    if (articles.length !== 1) return undefined;
    void vscode.window.showTextDocument(articles[0].document, articles[0].viewColumn);
    return articles[0];
  }

  /** Claims a command acts on. `which` keeps the eligible ones; `what` names them in messages. */
  async function targetOf(raw: unknown, which: (c: ReviewClaim) => boolean, what: string, single = false): Promise<Target | undefined> {
    const arg = asArgument(raw);
    if (arg) {
      const uri = vscode.Uri.parse(arg.uri!);
      const review = reviews.reviewOf(uri) ?? await reviews.load(uri);
      const claim = review?.claims.find(c => c.key === arg.key);
      if (!claim) return say(reviews.isAnalysing(uri) ? ANALYSING : 'that claim is no longer in the review.'), undefined;
      return { uri, claims: [claim] };
    }
    const editor = activeArticle();
    if (!editor) return undefined;
    const review = reviews.reviewOf(editor.document.uri);
    const document = editor.document;
    if (!review && reviews.isAnalysing(document.uri)) return say(ANALYSING), undefined;
    const selections = editor.selections.map(s => ({ start: document.offsetAt(s.start), end: document.offsetAt(s.end) }));
    const found = claimsInSelections(review?.claims ?? [], selections).filter(which);
    if (!found.length) {
      const hint = editor.selection.isEmpty ? 'under the cursor' : 'in the selection';
      return say(`no ${what} ${hint}.`), undefined;
    }
    // a selection means "these"; a bare cursor inside overlapping claims is ambiguous
    const selected = selections.some(s => s.start !== s.end);
    if (found.length === 1 || (selected && !single)) return { uri: document.uri, claims: found };
    const picked = await pickClaim(found, `Which ${what}?`);
    return picked ? { uri: document.uri, claims: [picked] } : undefined;
  }

  async function change(target: Target, edit: (claim: ReviewClaim) => ClaimEdit): Promise<string[]> {
    const done: string[] = [];
    try {
      await reviewer.ensureName(target.uri);
      for (const claim of target.claims) {
        await reviews.updateClaim(target.uri, claim, edit(claim));
        done.push(claim.key);
      }
    } catch (error) {
      fail(error);
    }
    return done;
  }

  const reviewable = (c: ReviewClaim) => !c.dismissed;
  const markAs = (status: string) => async (raw?: unknown) => {
    const target = await targetOf(raw, reviewable, 'claim');
    return target ? change(target, () => ({ status })) : [];
  };

  /** "Still verified": the verdict holds for the words there now (a claim changed since review). */
  async function confirm(raw?: unknown): Promise<string[]> {
    const target = await targetOf(raw, c => Boolean(c.changed), 'claim changed since review');
    return target ? change(target, () => ({ confirm: true })) : [];
  }

  async function editNote(raw?: unknown): Promise<string[]> {
    const target = await targetOf(raw, reviewable, 'claim', true);
    if (!target) return [];
    const claim = target.claims[0];
    const note = asArgument(raw)?.note ?? await vscode.window.showInputBox({
      title: 'Factcheck: note on the claim',
      prompt: shortText(claim.text),
      value: claim.annotation?.note ?? '',
      placeHolder: 'What you checked and found (leave empty to remove the note)',
    });
    return note === undefined ? [] : change(target, () => ({ note: note.trim() }));
  }

  /** "Apply this verdict": the earlier claim's status, note and sources, recorded as this reviewer's verdict on this
   *  claim's own words, with a reference to the earlier claim. From the hover's link (its argument names the verdict),
   *  or from the keyboard: the claim under the cursor, and a pick when several earlier verdicts match it. */
  async function applyEarlierVerdict(raw?: unknown): Promise<string[]> {
    if (asArgument(raw)) {
      const verdict = asArgument(raw)?.verdict;
      if (!verdict || typeof verdict.status !== 'string' || typeof verdict.from !== 'string') return say('no earlier verdict to apply.'), [];
      const target = await targetOf(raw, reviewable, 'claim', true);
      return target ? applyVerdict(target, verdict) : [];
    }
    const found = await earlierAtCursor('Apply which earlier verdict to this claim?');
    return found ? applyVerdict(found.target, appliedVerdictOf(found.match)) : [];
  }

  function applyVerdict(target: Target, verdict: AppliedVerdict): Promise<string[]> {
    const sources = Array.isArray(verdict.sources) ? verdict.sources.filter((s): s is string => typeof s === 'string') : [];
    return change(target, () => ({
      status: verdict.status, from: verdict.from, addSources: sources,
      ...(typeof verdict.note === 'string' && verdict.note.trim() ? { note: verdict.note } : {}),
    }));
  }

  /** The earlier verdict matching the claim under the cursor (disputed and false listed first when several do). */
  async function earlierAtCursor(title: string): Promise<{ target: Target; match: VerdictMatch } | undefined> {
    const target = await targetOf(undefined, reviewable, 'claim', true);
    const document = vscode.window.activeTextEditor?.document;
    if (!target || document?.uri.toString() !== target.uri.toString()) return undefined;
    const matches = seenBefore.matchesAt(target.uri, document.getText(), target.claims[0]);
    if (!matches.length) return say('no earlier verdict of another article matches the claim under the cursor.'), undefined;
    if (matches.length === 1) return { target, match: matches[0] };
    const picked = await vscode.window.showQuickPick(matches.map(match => ({
      label: `${isWarningMatch(match) ? '$(warning) ' : '$(history) '}${match.verdict.status}`,
      description: `${match.verdict.publisher ?? match.verdict.article}${match.verdict.reviewer ? ` · ${match.verdict.reviewer}` : ''} · match ${match.score.toFixed(2)}`,
      detail: shortText(match.verdict.quote, 160),
      match,
    })), { title: `Factcheck: ${title}` });
    return picked ? { target, match: picked.match } : undefined;
  }

  /** Opens the article of an earlier verdict ("Checked before" in the hover, or the claim under the cursor's). */
  async function openEarlierClaim(raw?: unknown): Promise<void> {
    let earlier = raw as { article?: unknown; line?: unknown } | undefined;
    if (typeof earlier?.article !== 'string') {
      const found = await earlierAtCursor('Open which earlier claim?');
      if (!found) return;
      earlier = { article: found.match.verdict.article, line: found.match.verdict.line };
    }
    const uri = typeof earlier.article === 'string' ? seenBefore.uriOf(earlier.article) : undefined;
    if (!uri) return say('that earlier claim is no longer in the workspace.');
    const line = earlier.line;
    const editor = await vscode.window.showTextDocument(uri, { preview: true });
    if (typeof line === 'number' && line >= 1) {
      const position = new vscode.Position(Math.min(line - 1, editor.document.lineCount - 1), 0);
      editor.selection = new vscode.Selection(position, position);
      editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenter);
    }
  }

  async function addSource(raw?: unknown): Promise<string[]> {
    const target = await targetOf(raw, reviewable, 'claim', true);
    if (!target) return [];
    const source = asArgument(raw)?.source ?? await vscode.window.showInputBox({
      title: 'Factcheck: add a source',
      prompt: shortText(target.claims[0].text),
      placeHolder: 'https://… or a description, e.g. "phone call with the council press office, 12 March"',
      validateInput: value => (value.trim() ? undefined : 'Enter a link or a description of the source.'),
    });
    return source?.trim() ? change(target, () => ({ addSource: source.trim() })) : [];
  }

  async function addClaim(): Promise<string[]> {
    const editor = activeArticle();
    if (!editor) return [];
    const document = editor.document;
    const added: string[] = [];
    const selections = editor.selections.filter(s => !s.isEmpty);
    if (!selections.length) return say('select the text of the claim first.'), [];
    try {
      await reviewer.ensureName(document.uri);
      for (const selection of selections) {
        const { start, end } = trimmed(document, selection);
        if (start >= end) continue;
        added.push((await reviews.addManualClaim(document.uri, start, end)).key);
      }
    } catch (error) {
      fail(error);
    }
    return added;
  }

  async function dismiss(raw?: unknown): Promise<string[]> {
    const target = await targetOf(raw, c => !c.dismissed && !c.orphaned, 'claim');
    if (!target) return [];
    const done = await change(target, () => ({ dismissed: true }));
    if (done.length) {
      const what = done.length === 1 ? `“${shortText(target.claims[0].text, 50)}”` : `${done.length} claims`;
      void vscode.window.showInformationMessage(`Factcheck: dismissed ${what} as not a claim.`, 'Undo').then(answer => {
        if (answer === 'Undo') void undoDismiss(target);
      });
    }
    return done;
  }

  /** Restores claims just dismissed. Dismissing may have given a claim a new key (its sidecar id), so each is found
   *  again by key or by place. */
  async function undoDismiss(target: Target): Promise<void> {
    const now = reviews.reviewOf(target.uri)?.claims.filter(c => c.dismissed) ?? [];
    const again = target.claims
      .map(old => now.find(c => c.key === old.key || (c.start === old.start && c.end === old.end)))
      .filter((c): c is ReviewClaim => c !== undefined);
    await change({ uri: target.uri, claims: again }, () => ({ dismissed: false }));
  }

  async function restore(raw?: unknown): Promise<string[]> {
    const target = await targetOf(raw, c => c.dismissed, 'dismissed claim');
    return target ? change(target, () => ({ dismissed: false })) : [];
  }

  /** Where the walk last put the cursor, so the next press moves on from that claim rather than staying on it. */
  let visited: { uri: string; offset: number } | undefined;

  async function goTo(direction: 'next' | 'previous'): Promise<string | undefined> {
    const editor = activeArticle();
    if (!editor) return undefined;
    const document = editor.document;
    const claims = reviews.reviewOf(document.uri)?.claims ?? [];
    const cursor = document.offsetAt(editor.selection.active);
    const onVisited = visited?.uri === document.uri.toString() && visited.offset === cursor;
    const claim = nextUnreviewed(claims, cursor, direction, onVisited);
    if (!claim) return say('no unreviewed claims left in this article.'), undefined;
    // the cursor, not a selection: a keystroke must never replace the claim's text
    const start = document.positionAt(claim.start!);
    visited = { uri: document.uri.toString(), offset: claim.start! };
    editor.selection = new vscode.Selection(start, start);
    editor.revealRange(new vscode.Range(start, document.positionAt(claim.end!)), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    return claim.key;
  }

  async function reattach(raw?: unknown): Promise<string[]> {
    const editor = activeArticle();
    if (!editor) return [];
    const document = editor.document;
    if (editor.selection.isEmpty) return say(`select the text the ${DETACHED} claim should be attached to.`), [];
    const arg = asArgument(raw);
    const orphans = (reviews.reviewOf(document.uri)?.claims ?? []).filter(c => c.orphaned && (!arg || c.key === arg.key));
    if (!orphans.length) return say(arg ? `that claim is not ${DETACHED} in this article.` : `this article has no ${DETACHED} claims.`), [];
    const claim = orphans.length === 1 ? orphans[0] : await pickClaim(orphans, `Which ${DETACHED} claim belongs here?`);
    if (!claim) return [];
    const { start, end } = trimmed(document, editor.selection);
    try {
      await reviewer.ensureName(document.uri);
      await reviews.reattachClaim(document.uri, claim, start, end);
      // say what was done: the verdict now covers these words, and it kept its status
      const words = document.getText(new vscode.Range(document.positionAt(start), document.positionAt(end)));
      say(reattachedMessage(claim.dismissed ? 'dismissed' : claim.status, shortText(claim.text, 50), document.positionAt(start).line + 1, shortText(words, 50)));
      return [claim.key];
    } catch (error) {
      fail(error);
      return [];
    }
  }

  async function toggle(): Promise<boolean | undefined> {
    const editor = vscode.window.activeTextEditor;
    if (!editor) return say('open an article first.'), undefined;
    const state = gate.state(editor.document);
    if (state === 'not-article') return say('this file is not an article (see the "factcheck.languages" setting).'), undefined;
    const on = state !== 'on';
    await gate.setOn(editor.document.uri, on);
    say(`${on ? 'on' : 'off'} for ${editor.document.uri.path.split('/').pop()}.`);
    return on;
  }

  /** Opens the active article's sidecar beside it; returns where it is. */
  async function openSidecar(): Promise<vscode.Uri | undefined> {
    const editor = activeArticle();
    if (!editor) return undefined;
    const sidecar = reviews.sidecarOf(editor.document.uri);
    if (!sidecar || !(await exists(sidecar))) return say('no verdict in this article yet: its fact-check file is written with the first one.'), undefined;
    // beside the article itself, also when the walkthrough (in another column) has the focus
    const beside: vscode.ViewColumn = (editor.viewColumn ?? vscode.ViewColumn.One) + 1;
    await vscode.window.showTextDocument(sidecar, { viewColumn: beside, preview: false });
    return sidecar;
  }

  const register = (id: string, run: (...args: unknown[]) => unknown) => vscode.commands.registerCommand(id, run);
  return [
    register(COMMAND.markVerified, markAs('verified')),
    register(COMMAND.markDisputed, markAs('disputed')),
    register(COMMAND.markFalse, markAs('false')),
    register(COMMAND.markUnverifiable, markAs('unverifiable')),
    register(COMMAND.markUnverified, markAs('unverified')),
    register(COMMAND.confirm, confirm),
    register(COMMAND.applyEarlierVerdict, applyEarlierVerdict),
    register(COMMAND.openEarlierClaim, openEarlierClaim),
    register(COMMAND.editNote, editNote),
    register(COMMAND.addSource, addSource),
    register(COMMAND.addClaim, addClaim),
    register(COMMAND.dismiss, dismiss),
    register(COMMAND.restore, restore),
    register(COMMAND.next, () => goTo('next')),
    register(COMMAND.previous, () => goTo('previous')),
    register(COMMAND.reattach, reattach),
    register(COMMAND.toggle, toggle),
    register(COMMAND.openSidecar, openSidecar),
  ];
}

async function pickClaim(claims: ReviewClaim[], title: string): Promise<ReviewClaim | undefined> {
  const items = claims.map(claim => {
    const style = claimStyle(claim);
    return {
      label: `$(${style ? STYLE_ICON[style] : 'eye-closed'}) ${shortText(claim.text)}`,
      description: claim.dismissed ? 'dismissed' : style ? STYLE_LABEL[style] : claim.status,
      claim,
    };
  });
  return (await vscode.window.showQuickPick(items, { title: `Factcheck: ${title}`, matchOnDescription: true }))?.claim;
}

/** A selection's offsets without the whitespace around it: a claim is the words, not the line breaks. */
function trimmed(document: vscode.TextDocument, selection: vscode.Selection): { start: number; end: number } {
  const text = document.getText(selection);
  const start = document.offsetAt(selection.start) + (text.length - text.trimStart().length);
  const end = document.offsetAt(selection.end) - (text.length - text.trimEnd().length);
  return { start, end: Math.max(start, end) };
}
