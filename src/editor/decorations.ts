// Highlights in the text: people and dates underlined, claims shaded by status. A claim's status also shows as a
// gutter icon of its own shape and as a mark in the overview ruler, so it never rests on colour alone. Unreviewed
// claims are shaded by strength (claimStyles.ts): strong ones stand out with a bar beneath, weak ones get no shading,
// and the claim under the cursor is outlined, so reviewed claims and the one being read stay visible. Colours are
// theme colours (package.json `contributes.colors`), so themes and high-contrast modes can restyle them.
import * as vscode from 'vscode';
import { CLAIM_STRENGTHS, CLAIM_STYLES, type ClaimStrength, type ClaimStyle, type OffsetRange } from '../core/present/claimStyles';
import { claimRangeAt, planDecorations, type DecorationPlan } from '../core/present/decorationPlan';
import { claimColor } from '../core/present/statusLook';
import type { ArticleSnapshot } from './refresh';
import type { GateState } from './articleGate';

/** What was last handed to each decoration type for a document, in offsets: what tests (and the API) read back. */
export interface DecorationRecord extends DecorationPlan {
  state: GateState;
  /** The claim outlined because the cursor is in it (in the active editor), if any. */
  cursorClaim?: OffsetRange;
}

/** A second cue besides colour: how each status underlines its claim. */
const UNDERLINE: Record<ClaimStyle, string | undefined> = {
  unverified: undefined,
  verified: 'underline solid',
  disputed: 'underline dashed',
  false: 'underline wavy',
  unverifiable: 'underline dotted',
  orphaned: 'underline double',
  changed: 'underline wavy',
};

export class ArticleDecorations implements vscode.Disposable {
  private readonly person: vscode.TextEditorDecorationType;
  private readonly date: vscode.TextEditorDecorationType;
  private readonly claim: Record<ClaimStyle, vscode.TextEditorDecorationType>;
  /** Shading of unreviewed claims by strength; `weak` has none of its own, so its type draws nothing. */
  private readonly shade: Record<ClaimStrength, vscode.TextEditorDecorationType>;
  private readonly cursor: vscode.TextEditorDecorationType;
  /** Gutter icons sit on a claim's first line only: a wrapped sentence would otherwise repeat its icon on every line. */
  private readonly gutter: Record<ClaimStyle, vscode.TextEditorDecorationType>;
  private readonly orphanNotice: vscode.TextEditorDecorationType;
  private readonly records = new Map<string, DecorationRecord>();
  private readonly subscriptions = [
    vscode.workspace.onDidCloseTextDocument(document => this.records.delete(document.uri.toString())),
    vscode.window.onDidChangeTextEditorSelection(event => this.outlineCursorClaim(event.textEditor)),
  ];

  constructor(extensionUri: vscode.Uri) {
    const underline = (color: string, style: string): vscode.DecorationRenderOptions => ({
      borderStyle: `none none ${style} none`, borderWidth: '0 0 1px 0', borderColor: new vscode.ThemeColor(color),
      rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
    });
    this.person = vscode.window.createTextEditorDecorationType(underline('factcheck.personUnderline', 'solid'));
    this.date = vscode.window.createTextEditorDecorationType(underline('factcheck.dateUnderline', 'dashed'));
    const icon = (style: ClaimStyle) => vscode.Uri.joinPath(extensionUri, 'media', 'status', `${style}.svg`);
    this.claim = Object.fromEntries(CLAIM_STYLES.map(style => [style, vscode.window.createTextEditorDecorationType({
      // unreviewed claims are shaded by strength instead (this.shade)
      backgroundColor: style === 'unverified' ? undefined : new vscode.ThemeColor(claimColor(style, 'Background')),
      textDecoration: UNDERLINE[style],
      overviewRulerColor: new vscode.ThemeColor(claimColor(style, 'Ruler')),
      overviewRulerLane: vscode.OverviewRulerLane.Right,
      rangeBehavior: vscode.DecorationRangeBehavior.OpenOpen,
    })])) as Record<ClaimStyle, vscode.TextEditorDecorationType>;
    this.shade = Object.fromEntries(CLAIM_STRENGTHS.map(strength => [strength, vscode.window.createTextEditorDecorationType(SHADE[strength])])) as Record<ClaimStrength, vscode.TextEditorDecorationType>;
    this.cursor = vscode.window.createTextEditorDecorationType({
      borderStyle: 'solid', borderWidth: '1px', borderRadius: '2px', borderColor: new vscode.ThemeColor('factcheck.claimCursorBorder'),
      rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
    });
    this.gutter = Object.fromEntries(CLAIM_STYLES.map(style => [style, vscode.window.createTextEditorDecorationType({
      gutterIconPath: icon(style),
      gutterIconSize: 'contain',
    })])) as Record<ClaimStyle, vscode.TextEditorDecorationType>;
    this.orphanNotice = vscode.window.createTextEditorDecorationType({
      isWholeLine: true,
      gutterIconPath: icon('orphaned'),
      gutterIconSize: 'contain',
      overviewRulerColor: new vscode.ThemeColor(claimColor('orphaned', 'Ruler')),
      overviewRulerLane: vscode.OverviewRulerLane.Full,
      after: { color: new vscode.ThemeColor('editorCodeLens.foreground'), margin: '0 0 0 2em', fontStyle: 'italic' },
    });
  }

  /** The last ranges handed to the decoration types for a document. */
  recordOf(uri: vscode.Uri): DecorationRecord | undefined {
    return this.records.get(uri.toString());
  }

  readonly present = (editors: readonly vscode.TextEditor[], snapshot: ArticleSnapshot): void => {
    if (snapshot.analysing) return; // keep the highlights shown until the new analysis arrives
    const record = recordFor(snapshot);
    this.records.set(snapshot.document.uri.toString(), record);
    const document = snapshot.document;
    const toRanges = (spans: readonly OffsetRange[]) => spans.map(s => new vscode.Range(document.positionAt(s.start), document.positionAt(s.end)));
    const people = toRanges(record.people);
    const dates = toRanges(record.dates);
    const firstLines = (spans: readonly OffsetRange[]) => spans.map(s => new vscode.Range(document.positionAt(s.start), document.positionAt(s.start)));
    const claims = [
      ...CLAIM_STYLES.flatMap(style => [
        [this.claim[style], toRanges(record.claims[style])] as const,
        [this.gutter[style], firstLines(record.claims[style])] as const,
      ]),
      ...CLAIM_STRENGTHS.map(strength => [this.shade[strength], toRanges(record.unverifiedShade[strength])] as const),
    ];
    const notice: vscode.DecorationOptions[] = record.unplacedOrphans ? [{
      range: new vscode.Range(0, 0, 0, 0),
      renderOptions: { after: { contentText: `${record.unplacedOrphans} orphaned ${record.unplacedOrphans === 1 ? 'claim' : 'claims'}: text no longer in the article (see the Claims view)` } },
    }] : [];
    for (const editor of editors) {
      editor.setDecorations(this.person, people);
      editor.setDecorations(this.date, dates);
      for (const [type, ranges] of claims) editor.setDecorations(type, ranges);
      editor.setDecorations(this.orphanNotice, notice);
      this.outlineCursorClaim(editor);
    }
  };

  /** Outlines the claim under the editor's cursor, among the claims last drawn for its document. */
  private outlineCursorClaim(editor: vscode.TextEditor): void {
    const record = this.records.get(editor.document.uri.toString());
    if (!record) return;
    const document = editor.document;
    record.cursorClaim = editor.selections.length === 1 ? claimRangeAt(record, document.offsetAt(editor.selection.active)) : undefined;
    editor.setDecorations(this.cursor, record.cursorClaim ? [new vscode.Range(document.positionAt(record.cursorClaim.start), document.positionAt(record.cursorClaim.end))] : []);
  }

  dispose(): void {
    for (const type of [this.person, this.date, this.orphanNotice, this.cursor, ...Object.values(this.claim), ...Object.values(this.shade), ...Object.values(this.gutter)]) type.dispose();
    for (const s of this.subscriptions) s.dispose();
    this.records.clear();
  }
}

/** How each strength shades an unreviewed claim. The bar under a strong claim tells it apart where backgrounds are
 *  off (high-contrast themes) and for readers who do not see the colour. */
const SHADE: Record<ClaimStrength, vscode.DecorationRenderOptions> = {
  strong: {
    backgroundColor: new vscode.ThemeColor('factcheck.claimStrongBackground'),
    borderStyle: 'none none solid none', borderWidth: '0 0 2px 0', borderColor: new vscode.ThemeColor('factcheck.claimStrongBorder'),
    rangeBehavior: vscode.DecorationRangeBehavior.OpenOpen,
  },
  medium: { backgroundColor: new vscode.ThemeColor(claimColor('unverified', 'Background')), rangeBehavior: vscode.DecorationRangeBehavior.OpenOpen },
  weak: {},
};

/** Which spans to draw, from the snapshot and the `factcheck.highlight.*` settings. */
function recordFor(snapshot: ArticleSnapshot): DecorationRecord {
  const settings = vscode.workspace.getConfiguration('factcheck.highlight', snapshot.document.uri);
  const on = snapshot.state === 'on';
  const plan = planDecorations(snapshot.analysis, snapshot.review, {
    people: on && settings.get<boolean>('people', true),
    dates: on && settings.get<boolean>('dates', true),
    claims: on && settings.get<boolean>('claims', true),
    claimStrength: settings.get<boolean>('claimStrength', true),
  });
  return { state: snapshot.state, ...plan };
}
