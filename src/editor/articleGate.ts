// Whether the editor features run on a document: it must be an article (setting `factcheck.languages`), not switched
// off for this file, and — above `factcheck.maxAnalysisSize` — analysed only once the editor agreed.
// The per-file choice is remembered in the workspace state, so "off" stays off after a reload.
import * as vscode from 'vscode';
import { isArticle } from '../review/articles';
import { maxAnalysisChars } from '../review/settings';

export type GateState = 'on' | 'off' | 'too-large' | 'not-article';

const OVERRIDES_KEY = 'factcheck.fileOverrides';

export class ArticleGate implements vscode.Disposable {
  private readonly overrides: Map<string, boolean>;
  private readonly asked = new Set<string>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri | undefined>();
  /** Fires with a file whose state changed, or undefined when settings changed for every file. */
  readonly onDidChange = this.changed.event;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly memento: vscode.Memento) {
    this.overrides = new Map(Object.entries(memento.get<Record<string, boolean>>(OVERRIDES_KEY, {})));
    this.subscription = vscode.workspace.onDidChangeConfiguration(event => {
      if (event.affectsConfiguration('factcheck.languages') || event.affectsConfiguration('factcheck.maxAnalysisSize')) {
        this.changed.fire(undefined);
      }
    });
  }

  state(document: vscode.TextDocument): GateState {
    if (!isArticle(document)) return 'not-article';
    const override = this.overrides.get(document.uri.toString());
    if (override !== undefined) return override ? 'on' : 'off';
    return documentLength(document) > maxAnalysisChars(document.uri) ? 'too-large' : 'on';
  }

  isOn(document: vscode.TextDocument): boolean {
    return this.state(document) === 'on';
  }

  async setOn(uri: vscode.Uri, on: boolean): Promise<void> {
    this.overrides.set(uri.toString(), on);
    await this.memento.update(OVERRIDES_KEY, Object.fromEntries(this.overrides));
    this.changed.fire(uri);
  }

  /** Asks once per session whether to analyse a document above the size limit; never waits for the answer. */
  askAboutLargeFile(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    if (this.state(document) !== 'too-large' || this.asked.has(key)) return;
    this.asked.add(key);
    const size = (documentLength(document) / 1024 / 1024).toFixed(1);
    const name = document.uri.path.split('/').pop() || key;
    void vscode.window.showInformationMessage(
      `Factcheck: “${name}” is ${size} MB, above the "factcheck.maxAnalysisSize" setting. Analysing it may take a while. Highlight its claims anyway?`,
      'Analyse', 'Not now',
    ).then(answer => answer === 'Analyse' ? this.setOn(document.uri, true) : undefined);
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}


/** The text length without copying the text (a 5 MB getText() on every event would be the freeze we avoid). */
export function documentLength(document: vscode.TextDocument): number {
  return document.offsetAt(document.lineAt(document.lineCount - 1).range.end);
}
