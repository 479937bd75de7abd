// The hint after a claim the desk checked before: "↺ checked before" in a quiet colour, or "⚠ disputed before" framed
// in the warning colours (and marked in the overview ruler) when an earlier verdict found it disputed or false. The
// text says it too, so it never rests on colour; the claim's hover (Ctrl+K Ctrl+I with the cursor in it) says which
// verdict, with Open and Apply this verdict, and both commands also act on the claim under the cursor.
import * as vscode from 'vscode';
import { planSeenBeforeHints, type PlacedHint } from '../core/present/seenBeforeText';
import { escapeInline } from '../core/present/markdownText';
import type { SeenBefore } from '../review/seenBefore';
import type { ArticleSnapshot } from './refresh';

export class SeenBeforeHints implements vscode.Disposable {
  private readonly quiet: vscode.TextEditorDecorationType;
  private readonly prominent: vscode.TextEditorDecorationType;
  private readonly records = new Map<string, PlacedHint[]>();
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
    const on = snapshot.state === 'on' && review && vscode.workspace.getConfiguration('factcheck.highlight', document.uri).get<boolean>('seenBefore', true);
    const hints = on ? planSeenBeforeHints(this.seenBefore.articleMatches(document.uri, document.getText(), review).entries()) : [];
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
  };

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
    this.quiet.dispose();
    this.prominent.dispose();
    this.records.clear();
  }
}
