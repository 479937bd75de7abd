// The hint after a claim the desk checked before: "↺ checked before" in a quiet colour, or "⚠ disputed before" framed
// in the warning colours (and marked in the overview ruler) when an earlier verdict found it disputed or false. The
// text says it too, so it never rests on colour; the claim's hover (Ctrl+K Ctrl+I with the cursor in it) says which
// verdict, with Open and Apply this verdict, and both commands also act on the claim under the cursor.
import * as vscode from 'vscode';
import { planSeenBeforeHints, type PlacedHint } from '../core/present/seenBeforeText';
import { escapeInline } from '../core/present/markdownText';
import type { SeenBefore } from '../review/seenBefore';
import type { ArticleSnapshot } from './refresh';

/** How long one slice of matching an article's claims may keep the extension host. */
const SLICE_MS = 15;

export class SeenBeforeHints implements vscode.Disposable {
  private readonly quiet: vscode.TextEditorDecorationType;
  private readonly prominent: vscode.TextEditorDecorationType;
  private readonly records = new Map<string, PlacedHint[]>();
  /** Articles whose claims are still being matched, slice by slice. */
  private readonly pending = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly subscriptions = [vscode.workspace.onDidCloseTextDocument(document => this.records.delete(document.uri.toString()))];

  constructor(private readonly seenBefore: SeenBefore) {
    const after: vscode.ThemableDecorationAttachmentRenderOptions = { margin: '0 0 0 0.5em' };
    this.quiet = vscode.window.createTextEditorDecorationType({
      after: { ...after, color: new vscode.ThemeColor('factcheck.seenBeforeForeground'), fontStyle: 'italic' },
      rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
    });
    this.prominent = vscode.window.createTextEditorDecorationType({
      after: {
        ...after, color: new vscode.ThemeColor('factcheck.seenBeforeWarningForeground'), fontWeight: 'bold',
        backgroundColor: new vscode.ThemeColor('factcheck.seenBeforeWarningBackground'),
        border: '1px solid', borderColor: new vscode.ThemeColor('factcheck.seenBeforeWarningBorder'),
      },
      overviewRulerColor: new vscode.ThemeColor('factcheck.seenBeforeWarningBorder'),
      overviewRulerLane: vscode.OverviewRulerLane.Left,
      rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
    });
  }

  /** The hints last drawn for a document (offsets): for tests and the API. */
  hintsOf(uri: vscode.Uri): readonly PlacedHint[] | undefined {
    return this.records.get(uri.toString());
  }

  readonly present = (editors: readonly vscode.TextEditor[], snapshot: ArticleSnapshot): void => {
    if (snapshot.analysing) return; // the hints shown stay until the new analysis arrives, like the highlights
    const { document, review } = snapshot;
    const key = document.uri.toString();
    clearTimeout(this.pending.get(key));
    this.pending.delete(key);
    const on = snapshot.state === 'on' && review && vscode.workspace.getConfiguration('factcheck.highlight', document.uri).get<boolean>('seenBefore', true);
    if (!on) return this.draw(editors, document, []);
    // a long article's claims are matched a slice at a time, so drawing its highlights never waits for all of them
    const { byClaim, done } = this.seenBefore.articleMatches(document.uri, document.getText(), review, SLICE_MS);
    if (done) return this.draw(editors, document, planSeenBeforeHints(byClaim.entries()));
    const version = document.version;
    this.pending.set(key, setTimeout(() => {
      this.pending.delete(key);
      const visible = vscode.window.visibleTextEditors.filter(e => e.document.uri.toString() === key);
      if (visible.length && !document.isClosed && document.version === version) this.present(visible, snapshot);
    }, 0));
  };

  private draw(editors: readonly vscode.TextEditor[], document: vscode.TextDocument, hints: PlacedHint[]): void {
    this.records.set(document.uri.toString(), hints);
    const options = (prominent: boolean) => hints.filter(h => h.prominent === prominent).map((hint): vscode.DecorationOptions => {
      const at = document.positionAt(hint.end);
      return {
        range: new vscode.Range(at, at),
        hoverMessage: new vscode.MarkdownString(escapeInline(hint.label)),
        renderOptions: { after: { contentText: hint.text } },
      };
    });
    const quiet = options(false);
    const prominent = options(true);
    for (const editor of editors) {
      editor.setDecorations(this.quiet, quiet);
      editor.setDecorations(this.prominent, prominent);
    }
  }

  dispose(): void {
    for (const timer of this.pending.values()) clearTimeout(timer);
    for (const s of this.subscriptions) s.dispose();
    this.quiet.dispose();
    this.prominent.dispose();
    this.records.clear();
  }
}
